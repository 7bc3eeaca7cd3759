package org.secondlook.review.decisions;

import java.util.Optional;
import org.secondlook.domain.Track;

/**
 * The decide / refer / undo commands of the review screen, acting as the session's user. Each call
 * writes its change and its audit event in one transaction.
 */
public interface DecisionService {
    /**
     * Records the user's decision on a case.
     *
     * @param reasonCode one of the codes in {@code reason-codes.properties}
     * @param note free text, may be empty
     * @param expectedLockVersion {@link CaseDetail#lockVersion()} as the user saw the case
     * @throws ConflictException when someone else changed the case since; the message describes their change
     * @throws PermissionDeniedException when the user may not decide (role, or separation of duties)
     * @throws InvalidInputException for an unknown reason code
     */
    void decide(String applicantId, Track track, String reasonCode, String note, long expectedLockVersion);

    /** Sends the case to a supervisor without deciding it (state REFERRED). Same exceptions as decide. */
    void refer(String applicantId, String note, long expectedLockVersion);

    /**
     * Undoes the user's most recent decision while it is not signed off.
     *
     * @return the applicant id whose decision was undone, or empty when there is nothing to undo
     */
    Optional<String> undoLast();

    /** The latest decision on a case, if any (to show it and a supervisor's return comment). */
    default Optional<RecordedDecision> latest(String applicantId) {
        return Optional.empty();
    }

    /** A decision as stored, for display. */
    record RecordedDecision(Track track, String reasonCode, String note, String decidedBy,
                            java.time.Instant decidedAt, String returnComment) {
    }
}
