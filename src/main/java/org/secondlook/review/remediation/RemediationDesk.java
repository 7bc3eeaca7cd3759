package org.secondlook.review.remediation;

/** A session's training records after sign-off (roles per action, checked at each call). */
public interface RemediationDesk {
    /** Training records after sign-off: recall, enrol, roster import, verification. */
    RemediationService remediation();

    /**
     * Whether this session keeps training records at all (every database session does; a stand-in for the
     * review screen in tests does not): the window shows the Training tab only where it does.
     */
    default boolean keepsTrainingRecords() {
        return true;
    }
}
