package org.secondlook.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.SelectionQuery;
import org.secondlook.domain.AuditEvent;

/** Reads the audit trail for the audit screen: newest first, filtered in the database. */
public final class AuditReader {
    /** Filters; null or blank means "any". {@code text} matches the details, case-insensitively. */
    public record Filter(String actor, String type, String subject, String text, Instant from, Instant before,
                         int limit) {
    }

    private final Database database;

    public AuditReader(Database database) {
        this.database = database;
    }

    public List<AuditEvent> events(Filter f) {
        return database.fromTransaction(s -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> p = new HashMap<>();
            eq(where, p, "e.actor", "actor", f.actor());
            eq(where, p, "e.type", "type", f.type());
            eq(where, p, "e.subject", "subject", f.subject());
            if (f.text() != null && !f.text().isBlank()) {
                p.put("text", "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
                where.add("lower(e.details) like :text escape '\\'");
            }
            if (f.from() != null) {
                p.put("from", f.from());
                where.add("e.occurredAt >= :from");
            }
            if (f.before() != null) {
                p.put("before", f.before());
                where.add("e.occurredAt < :before");
            }
            String hql = "from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                    + " order by e.seq desc";
            SelectionQuery<AuditEvent> q = s.createSelectionQuery(hql, AuditEvent.class);
            p.forEach(q::setParameter);
            q.setMaxResults(f.limit() <= 0 ? 1000 : f.limit());
            q.setReadOnly(true);
            return q.getResultList();
        });
    }

    /** The event types present, for the screen's type filter. */
    public List<String> types() {
        return database.fromTransaction(s -> s.createSelectionQuery(
                "select distinct e.type from AuditEvent e order by e.type", String.class).getResultList());
    }

    private static void eq(List<String> where, Map<String, Object> p, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value.strip());
            where.add(path + " = :" + name);
        }
    }
}
