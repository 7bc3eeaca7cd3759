package org.secondlook.store;

import jakarta.persistence.Tuple;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;
import org.secondlook.domain.AuditEvent;

/**
 * Walks the audit trail from the first event and checks every link: consecutive sequence numbers,
 * each event's {@code prev_hash} equal to the previous hash, its hash recomputed, and the head row
 * pointing at the last event. Finds edits, deletions, insertions, reordering and truncation.
 */
public final class AuditVerifier {
    /** The outcome: events seen, and the first broken one (null when the chain is whole). */
    public record Result(long events, Long firstBrokenSeq, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final Database database;

    public AuditVerifier(Database database) {
        this.database = database;
    }

    public Result verify() {
        return database.sessionFactory().fromStatelessTransaction(this::verify);
    }

    Result verify(StatelessSession s) {
        long count = 0;
        long expectedSeq = 1;
        String prev = AuditChain.GENESIS;
        try (ScrollableResults<AuditEvent> events = s.createSelectionQuery("from AuditEvent e order by e.seq",
                AuditEvent.class).setFetchSize(500).scroll(ScrollMode.FORWARD_ONLY)) {
            while (events.next()) {
                AuditEvent e = events.get();
                count++;
                if (e.getSeq() != expectedSeq) {
                    return new Result(count, e.getSeq(), "event " + e.getSeq() + " follows event " + (expectedSeq - 1)
                            + ": events are missing or out of order");
                }
                if (!e.getPrevHash().equals(prev)) {
                    return new Result(count, e.getSeq(), "event " + e.getSeq() + " does not link to the event before it");
                }
                if (!AuditChain.hash(prev, e.canonical()).equals(e.getHash())) {
                    return new Result(count, e.getSeq(), "event " + e.getSeq() + " was changed after it was written");
                }
                prev = e.getHash();
                expectedSeq++;
            }
        }
        Tuple head = s.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1", Tuple.class).getSingleResult();
        long headSeq = head.get(0, Number.class).longValue();
        if (headSeq != expectedSeq - 1 || !prev.equals(head.get(1, String.class))) {
            return new Result(count, expectedSeq, "the chain ends at event " + (expectedSeq - 1)
                    + " but its head records event " + headSeq + ": events were removed from the end");
        }
        return new Result(count, null, null);
    }
}
