/**
 * What leaves and enters an installation, as the review layer hands it out: rows of the Excel export
 * ({@link org.secondlook.review.exchange.ExportSource}), the records of a headquarters package
 * ({@link org.secondlook.review.exchange.PackageSource}: cases, decisions, audit events) and what
 * headquarters knows about the offices it trusts ({@link org.secondlook.review.accounts.TrustedOffices}).
 * Implemented in {@code review} over the store; consumed by {@code exchange}, which writes and reads the
 * files and never touches the database.
 */
package org.secondlook.review.exchange;
