package org.secondlook.review.remediation;

import java.time.Instant;

/** What headquarters sees of the offices' training after merging their packages. */
public final class OfficeTraining {
    private OfficeTraining() {
    }

    /**
     * One office's training record in force, as that office moved it; {@code setAside} when a supervisor
     * resolved a training conflict by keeping another office's record.
     */
    public record Record(String applicantId, String office, String decisionRef, String action, String state, int attempt,
                         String classNumber, String verifiedBy, int moves, boolean setAside) {
    }

    /** Two offices moved the same applicant's training record differently. */
    public record Conflict(long id, String applicantId, String office, String otherOffice, String state,
                           String otherState, Instant createdAt) {
    }
}
