/**
 * The audit trail: reading the events and checking the hash chain
 * ({@link org.secondlook.review.audit.AuditTrail} and its adapter over the store).
 */
package org.secondlook.review.audit;
