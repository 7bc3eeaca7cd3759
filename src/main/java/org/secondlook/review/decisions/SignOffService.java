package org.secondlook.review.decisions;

import java.time.Instant;
import java.util.List;
import org.secondlook.domain.Track;

/**
 * A supervisor's sign-off commands, acting as the session's user. Each call writes its change and
 * its audit event in one transaction. The separation-of-duties rules are enforced here: only a
 * supervisor signs off, never their own decision, and a signed-off decision is never changed.
 */
public interface SignOffService {
    /** Pass as {@code expectedLockVersion} to act on the case as it is now (the command line). */
    long CURRENT = -1L;

    /** Decided cases waiting for sign-off, oldest decision first (at most {@code limit}). */
    List<PendingDecision> pending(int limit);

    /**
     * Approves the case's decision; the case becomes SIGNED_OFF.
     *
     * @throws PermissionDeniedException for a reviewer, a disabled account, or one's own decision
     * @throws ConflictException when the case changed since {@code expectedLockVersion}
     * @throws InvalidInputException when the case has no decision waiting for sign-off
     */
    void approve(String applicantId, long expectedLockVersion);

    /** Returns the decision to its reviewer with a required comment; the case becomes RETURNED. */
    void returnDecision(String applicantId, String comment, long expectedLockVersion);

    /**
     * Approves each listed case as the supervisor saw it (each case in its own transaction): the ones
     * that cannot be approved are reported with the reason, the others are approved.
     */
    BatchOutcome approveAll(List<PendingDecision> seen);

    /** A decision waiting for sign-off, as the sign-off screen lists it. */
    record PendingDecision(String applicantId, String fullName, String fieldOffice,
                           org.secondlook.domain.ClassifierLabel classifierLabel, org.secondlook.domain.Verdict verdict,
                           Track track, String reasonCode, String note, String decidedBy,
                           Instant decidedAt, boolean supersedesSignedOff, boolean ownDecision, long lockVersion) {
    }

    /** What "approve many" did: the approved ids and, per refused id, the sentence why. */
    record BatchOutcome(List<String> approved, java.util.Map<String, String> refused) {
    }
}
