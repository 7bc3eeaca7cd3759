/**
 * Decisions and sign-off: decide, refer, undo, approve and return as one user, with the separation-of-duties
 * rules ({@link org.secondlook.review.decisions.DutyRules}) and the reason codes in force.
 */
package org.secondlook.review.decisions;
