package org.secondlook.store;

import java.time.ZoneId;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.QueueQuery.SortKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.secondlook.domain.ReviewState;

/**
 * Finds the ids of one queue page and the number of matches, choosing the cheap way for each filter:
 * counts for the label, verdict, state, office and reviewer filters from {@link FacetCounts}; the default
 * order from the queue-order index when most cases match (stopping after the page) and the filters' own
 * indexes otherwise; a search through the word index ({@link SearchIndex}), its page taken along the kept
 * {@link QueueOrder} when nothing else filters. No row is read but the page's.
 */
final class QueuePages {
    private final FacetCounts facets = new FacetCounts();
    private final QueueOrder queueOrder = new QueueOrder();

    /** The ids of one page, in order, and how many cases match in all. */
    record PageIds(List<Long> ids, int total) {
    }

    PageIds find(Connection c, QueueQuery f, ZoneId zone) throws SQLException {
        return find(c, f, zone, Set.of());
    }

    /**
     * The same, with the applicant rows {@code withheld} left out: a search drops them from its matches; without
     * one, the page's query skips them and the total less those of them that match.
     */
    PageIds find(Connection c, QueueQuery f, ZoneId zone, Set<Long> withheld) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        filters(f, zone, where, params);
        int limit = f.limit() <= 0 ? 100 : f.limit();
        int offset = Math.max(0, f.offset());
        if (f.search() == null || f.search().isBlank()) {
            String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
            long total = FacetCounts.answers(f) ? facets.count(c, f)
                    : count(c, "select count(*) from applicant a" + condition, params);
            if (!withheld.isEmpty()) {
                List<String> among = new ArrayList<>(where);
                among.add(0, idList("a.id in (", withheld));
                total -= count(c, "select count(*) from applicant a where " + String.join(" and ", among), params);
                where.add(0, idList("a.id not in (", withheld));
                condition = " where " + String.join(" and ", where);
            }
            return page(c, f, condition, params, total, offset, limit);
        }
        BitSet found = SearchIndex.match(c, f.search());
        withheld.forEach(id -> found.clear(SearchIndex.bit(id)));
        if (found.isEmpty()) {
            return new PageIds(List.of(), 0);
        }
        if (f.sort() == SortKey.RISK && !f.ascending() && where.isEmpty()) {
            return pageInQueueOrder(queueOrder.ids(c), found, offset, limit);
        }
        if (walkPays(c, f, found.cardinality())) {
            return walkQueueOrder(c, found, where, params, offset, limit);
        }
        // The ids written out as numbers: H2 looks each up in the primary key (an array parameter is scanned).
        StringBuilder in = new StringBuilder("a.id in (");
        found.stream().forEach(id -> in.append(id).append(','));
        in.setCharAt(in.length() - 1, ')');
        where.add(0, in.toString());
        String condition = " where " + String.join(" and ", where);
        return page(c, f, condition, params, count(c, "select count(*) from applicant a" + condition, params), offset, limit);
    }

    /** A search's page in the default order with no other filter: the matches taken along the queue order. */
    private static PageIds pageInQueueOrder(long[] order, BitSet found, int offset, int limit) {
        List<Long> ids = new ArrayList<>(limit);
        int total = 0;
        for (long id : order) {
            if (found.get(SearchIndex.bit(id))) {
                if (total >= offset && ids.size() < limit) {
                    ids.add(id);
                }
                total++;
            }
        }
        return new PageIds(ids, total);
    }

    /**
     * Whether a search with other filters finds its page by walking the queue-order index (default order):
     * each step of the walk reads its row, so it pays only for a broad search (more than one case in five).
     */
    private static boolean walkPays(Connection c, QueueQuery f, long found) throws SQLException {
        if (f.sort() != SortKey.RISK || f.ascending()) {
            return false;
        }
        return found * 5 > count(c, "select count(*) from applicant", List.of());
    }

    private static PageIds page(Connection c, QueueQuery f, String condition, List<Object> params, long total,
                                int offset, int limit) throws SQLException {
        if (total == 0 || offset >= total) {
            return new PageIds(List.of(), (int) total);
        }
        String tail = condition + " order by " + column(f.sort()) + (f.ascending() ? " asc" : " desc")
                + ", a.applicant_id asc limit ? offset ?";
        List<Long> ids = new ArrayList<>(limit);
        try (PreparedStatement q = queueOrderPays(c, f, total, offset + limit)
                ? Vendor.prepareInQueueOrder(c, "select a.id from applicant a", tail)
                : c.prepareStatement("select a.id from applicant a" + tail)) {
            int i = bind(q, params);
            q.setInt(i++, limit);
            q.setInt(i, offset);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return new PageIds(ids, (int) total);
    }

    /**
     * A search's page in the default order: the queue-order index is walked and each case checked against the
     * search's set, in windows sized from the share of cases it matches, instead of looking every match up.
     */
    private static PageIds walkQueueOrder(Connection c, BitSet found, List<String> where, List<Object> params,
                                       int offset, int limit) throws SQLException {
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = where.isEmpty() ? found.cardinality() : countMembers(c, condition, params, found);
        if (total == 0 || offset >= total) {
            return new PageIds(List.of(), (int) total);
        }
        long all = count(c, "select count(*) from applicant", List.of());
        long window = Math.max(1000, (long) Math.ceil((offset + limit) * (double) all / total * 1.5));
        List<Long> ids = new ArrayList<>(limit);
        int skipped = 0;
        long read = 0;
        // Matches may bunch up anywhere in the order (genuine officers sit low on risk): each window goes on
        // from where the last one ended, and grows.
        while (ids.size() < limit && read < all) {
            long before = read;
            try (PreparedStatement q = Vendor.prepareInQueueOrder(c, "select a.id from applicant a",
                    condition + " order by a.risk desc, a.applicant_id asc limit ? offset ?")) {
                int i = bind(q, params);
                q.setLong(i++, window);
                q.setLong(i, read);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next() && ids.size() < limit) {
                        read++;
                        long id = r.getLong(1);
                        if (found.get(SearchIndex.bit(id))) {
                            if (skipped < offset) {
                                skipped++;
                            } else {
                                ids.add(id);
                            }
                        }
                    }
                }
            }
            if (read - before < window) {
                break; // the end of the queue
            }
            window *= 2;
        }
        return new PageIds(ids, (int) total);
    }

    /** {@code opening} followed by the ids written out as numbers, then the closing parenthesis. */
    static String idList(String opening, Set<Long> ids) {
        StringBuilder in = new StringBuilder(opening);
        ids.stream().sorted().forEach(id -> in.append(id).append(','));
        in.setCharAt(in.length() - 1, ')');
        return in.toString();
    }

    private static long countMembers(Connection c, String condition, List<Object> params, BitSet found) throws SQLException {
        long n = 0;
        try (PreparedStatement q = c.prepareStatement("select a.id from applicant a" + condition)) {
            bind(q, params);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    if (found.get(SearchIndex.bit(r.getLong(1)))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Whether walking the queue-order index (risk, highest first) and skipping non-matching rows is cheaper
     * than sorting every match: it reads about {@code needed × all / matching} rows against {@code matching}.
     */
    private static boolean queueOrderPays(Connection c, QueueQuery f, long matching, int needed) throws SQLException {
        if (f.sort() != SortKey.RISK || f.ascending() || f.search() != null && !f.search().isBlank()) {
            return false;
        }
        long all = count(c, "select count(*) from applicant", List.of());
        return (double) needed * all / matching < matching;
    }

    private static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, params);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement q, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            q.setObject(i++, p);
        }
        return i;
    }

    static void filters(QueueQuery f, ZoneId zone, List<String> c, List<Object> p) {
        if (!f.states().isEmpty()) {
            List<String> codes = f.states().stream().map(ReviewState::code).sorted().toList();
            c.add("a.state in (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")");
            p.addAll(codes);
        }
        eq(c, p, "a.field_office", f.office());
        eq(c, p, "a.classifier_label", f.classifierLabel() == null ? null : f.classifierLabel().name());
        eq(c, p, "a.verdict", f.verdict() == null ? null : f.verdict().name());
        eq(c, p, "a.decided_by", f.reviewer());
        if (f.importedFrom() != null) {
            p.add(java.sql.Timestamp.from(f.importedFrom().atStartOfDay(zone).toInstant()));
            c.add("a.imported_at >= ?");
        }
        if (f.importedTo() != null) {
            p.add(java.sql.Timestamp.from(f.importedTo().plusDays(1).atStartOfDay(zone).toInstant()));
            c.add("a.imported_at < ?");
        }
    }

    /** The column in SQL a sort key orders by; each has an index in the schema. */
    static String column(SortKey sort) {
        return switch (sort) {
            case RISK -> "a.risk";
            case APPLICANT_ID -> "a.applicant_id";
            case NAME -> "a.full_name";
            case OFFICE -> "a.field_office";
            case LABEL -> "a.classifier_label";
            case VERDICT -> "a.verdict";
            case STATE -> "a.state";
            case IMPORTED_AT -> "a.imported_at";
            case DECIDED_BY -> "a.decided_by";
        };
    }

    private static void eq(List<String> c, List<Object> p, String column, String value) {
        if (value != null && !value.isBlank()) {
            p.add(value);
            c.add(column + " = ?");
        }
    }

    /** {@code s} for a LIKE pattern with {@code \\} as the escape character. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
