package org.secondlook.review.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The conflicts queue at headquarters: decisions from packages that disagree with a case's current
 * decision. Nothing was overwritten; a supervisor picks one, with a reason.
 */
public interface MergeConflicts {
    /** One open conflict: the incoming decision and, beside it, the one in force here. */
    record Conflict(long id, String applicantId, String office, String originRef,
                    org.secondlook.domain.Track incomingTrack,
                    String incomingReason, String incomingNote, String incomingDecidedBy, Instant incomingDecidedAt,
                    org.secondlook.domain.Track currentTrack, String currentReason, String currentNote, String currentDecidedBy,
                    Instant currentDecidedAt,
                    Instant createdAt) {
    }

    /** Open conflicts, oldest first (any role that may view cases). */
    List<Conflict> open();

    /**
     * Resolves a conflict (supervisor): {@code takeIncoming} makes the package's decision the case's
     * decision (the current one is kept in the history, inactive); otherwise the current one stays.
     *
     * @throws org.secondlook.review.InvalidInputException when the reason is blank or the conflict is not open
     */
    void resolve(long id, boolean takeIncoming, String reason);
}
