package org.secondlook.review.remediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondlook.domain.RemediationState;

/** One applicant's record in force with its timeline and evidence, and the records it replaced. */
public record TrainingDetail(TrainingLine line, long decisionId, boolean couldTakeLeo, LocalDate reportDate,
                             LocalDate classStart, LocalDate classEnd, Waiver waiver, String verifiedBy,
                             Instant verifiedAt, String evidenceBy, List<Move> moves, List<Evidence> evidence,
                             List<Earlier> earlier) {
    /** A waiver asked for (approvedBy null while it waits). */
    public record Waiver(String reason, String text, String authority, String requestedBy, Instant requestedAt,
                         String approvedBy) {
    }

    /** One move of the timeline, oldest first; {@code from} is null for the record's creation. */
    public record Move(RemediationState from, RemediationState to, int attempt, String by, Instant at, String detail,
                       long auditSeq) {
    }

    /** Evidence: a roster row or a certificate ({@code sha256} set). */
    public record Evidence(long id, String kind, String classNumber, String result, String file, Integer row,
                           String sha256, Long sizeBytes, String attachedBy, Instant attachedAt) {
    }

    /** A record replaced when its decision was superseded. */
    public record Earlier(long decisionId, String action, RemediationState state, Instant createdAt) {
    }
}
