package org.secondlook.review.exchange;

import java.time.Instant;
import java.util.List;
import org.secondlook.review.InvalidInputException;
import org.secondlook.store.MergeWriter;
import org.secondlook.store.MergedTrainingStore;
import org.secondlook.store.MergedTrainingStore.Kept;

/**
 * Headquarters' merge of one office's training record. Headquarters keeps each office's record in force as
 * that office moved it ({@code merged_training}), never a training record of its own: merging the same package
 * again changes nothing, a later package carries the record further, and a record another office moved
 * differently goes to the training conflicts (unless a supervisor set that office's record aside in an earlier
 * one). Decisions merged or chosen in the conflicts queue here make no
 * training record either: records are made where the decision is signed off.
 */
final class TrainingMerge {
    enum Outcome { MERGED, UNCHANGED, CONFLICT }

    private TrainingMerge() {
    }

    static Outcome merge(MergeWriter w, String office, TrainingRecord t, Instant now) {
        if ("VOIDED".equals(t.state())) {
            return Outcome.UNCHANGED; // history at the office; the record that replaced it comes in its own line
        }
        if (w.applicant(t.applicantId()).isEmpty()) {
            throw new InvalidInputException("The package's training record of case " + t.applicantId()
                    + " is about a case the package does not hold; nothing was merged.");
        }
        MergedTrainingStore store = new MergedTrainingStore(w);
        List<Kept> kept = store.of(t.applicantId());
        String sha = t.movesSha256();
        Kept own = kept.stream().filter(k -> k.office().equals(office)).findFirst().orElse(null);
        if (own != null && (own.movesSha256().equals(sha) || olderNews(own, t))) {
            return Outcome.UNCHANGED;
        }
        store.put(new Kept(t.applicantId(), office, t.decisionRef(), t.action(), t.state(), t.attempt(), t.classNumber(),
                t.verifiedBy(), t.moves().size(), sha, false), now);
        Outcome outcome = Outcome.MERGED;
        for (Kept other : kept) {
            if (!other.office().equals(office) && !other.setAside() && !other.movesSha256().equals(sha)
                    && !store.conflictOpen(t.applicantId(), office, sha)) {
                store.conflict(t.applicantId(), office, other.office(), t.state(), other.state(), sha, now);
                outcome = Outcome.CONFLICT;
            }
        }
        return outcome;
    }

    /** An older package of the same record (moves are only ever appended): fewer moves than the ones kept here. */
    private static boolean olderNews(Kept own, TrainingRecord t) {
        return own.decisionRef().equals(t.decisionRef()) && t.moves().size() < own.moves();
    }
}
