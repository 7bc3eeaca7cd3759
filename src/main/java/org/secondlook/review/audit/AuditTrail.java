package org.secondlook.review.audit;

import java.time.Instant;
import java.util.List;

/** Reading and checking the audit trail (admin or supervisor). */
public interface AuditTrail {
    /** Events matching the query, newest first. */
    List<Entry> events(Query query);

    /** The event types present (for a filter list). */
    List<String> types();

    /** Walks the whole chain. */
    AuditCheck verify();

    /** Filters; null or blank means any. {@code text} is matched in the details. */
    record Query(String actor, String type, String subject, String text, Instant from, Instant before, int limit) {
        public static Query all(int limit) {
            return new Query(null, null, null, null, null, null, limit);
        }
    }

    /** One event as the audit screen shows it. */
    record Entry(long seq, Instant at, String actor, String type, String subject, String details) {
    }
}
