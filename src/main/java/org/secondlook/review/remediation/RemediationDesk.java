package org.secondlook.review.remediation;

/** A session's training records after sign-off (roles per action, checked at each call). */
public interface RemediationDesk {
    /** Training records after sign-off: recall, enrol, roster import, verification. */
    RemediationService remediation();
}
