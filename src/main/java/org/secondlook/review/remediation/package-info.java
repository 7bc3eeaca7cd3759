/**
 * Remediation: from a signed-off decision to a verified academy completion. A record per applicant
 * ({@link org.secondlook.review.remediation.RemediationService}), its moves with the roles and the
 * separation of duties ({@link org.secondlook.review.remediation.RemediationRules}), the academy roster
 * import ({@link org.secondlook.review.remediation.RosterImport}) and the overdue rules
 * ({@link org.secondlook.review.remediation.OverdueRules}).
 */
package org.secondlook.review.remediation;
