package org.secondlook.review.exchange;

import java.io.IOException;
import org.secondlook.review.audit.ChainHead;

/**
 * Headquarters' side of {@code merge-package}, implemented in {@code review} over the store. The
 * whole merge is one transaction: the exchange layer feeds the verified package's records, and if
 * feeding fails (a part turns out damaged, a limit is hit) everything is rolled back — no partial
 * merge. Rules the implementation keeps:
 * <ul>
 *   <li>a case unknown here is added with all its résumé versions; a known case gains only résumé
 *       versions whose text (SHA-256) it does not have;</li>
 *   <li>a decision is identified by its {@link DecisionRecord#ref()}: one already merged changes
 *       nothing (merging the same package twice changes nothing), new sign-offs on it are added;</li>
 *   <li>a new decision on a case whose active decision came from elsewhere with another track or
 *       reason goes to the conflicts queue — nothing is overwritten silently;</li>
 *   <li>a known case follows its office's state (decided, signed off…) where its decision in force
 *       came from that office and the state's transitions allow it;</li>
 *   <li>the office's audit events are kept as they are (with their own hashes), and
 *       {@code newHead} becomes the office's last merged head, in the same transaction;</li>
 *   <li>the merge itself is one audit event in headquarters' own chain.</li>
 * </ul>
 */
public interface PackageMergeTarget {
    /**
     * @throws org.secondlook.review.PermissionDeniedException unless the user may merge packages
     */
    MergeReport merge(String office, ChainHead newHead, Feed feed) throws IOException;

    /** Feeds the package's records to the sink, parts in order: cases, decisions, audit events. */
    @FunctionalInterface
    interface Feed {
        void into(Sink sink) throws IOException;
    }

    /** Receives the records of one package inside the merge transaction. */
    interface Sink {
        void acceptCase(CaseRecord c);

        void acceptDecision(DecisionRecord d);

        void acceptAuditEvent(AuditRecord e);

        /** A training record of the office (packages from before issue 15 carry none). */
        default void acceptTraining(TrainingRecord t) {
        }
    }

    /**
     * What a merge changed; all zero but {@code unchanged} for a package merged before.
     *
     * @param trainingMerged the office's training records added or carried further here (a training record
     *                       moved differently by two offices counts among the {@code conflicts})
     */
    record MergeReport(long casesAdded, long versionsAdded, long decisionsAdded, long signOffsAdded,
                       long auditEventsAdded, long conflicts, long unchanged, long statesChanged, long trainingMerged) {
        public MergeReport(long casesAdded, long versionsAdded, long decisionsAdded, long signOffsAdded,
                           long auditEventsAdded, long conflicts, long unchanged, long statesChanged) {
            this(casesAdded, versionsAdded, decisionsAdded, signOffsAdded, auditEventsAdded, conflicts, unchanged,
                    statesChanged, 0);
        }

        public boolean changedNothing() {
            return casesAdded == 0 && versionsAdded == 0 && decisionsAdded == 0 && signOffsAdded == 0
                    && auditEventsAdded == 0 && conflicts == 0 && statesChanged == 0 && trainingMerged == 0;
        }
    }
}
