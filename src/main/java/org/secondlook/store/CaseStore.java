package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.ScreeningFlag;

/** Read side of the cases: the queue page, one case with its version, flag and findings, counts. */
public final class CaseStore {
    /** One résumé version of a case with what was said about it. */
    public record CaseVersion(Applicant applicant, ResumeVersion version, ScreeningFlag flag, List<Finding> findings,
                              List<Integer> versionNumbers) {
    }

    private final Database database;
    private final FacetCounts facets = new FacetCounts();
    private final QueueOrder queueOrder = new QueueOrder();

    public CaseStore(Database database) {
        this.database = database;
    }

    /**
     * One page of applicants matching the filter, and how many match in all. Counting reads only the
     * facets index; the page's ids come from the queue-order index when most cases match (stopping after
     * the page) and from the filters' own indexes otherwise; a search goes through the word index
     * ({@link SearchIndex}). Only the page's rows are then loaded.
     */
    public Page queue(CaseFilter f) {
        return database.fromTransaction(s -> {
            PageIds page = s.doReturningWork(c -> pageIds(c, f));
            return new Page(load(s, page.ids()), page.total());
        });
    }

    /** The ids of one page, in order, and how many cases match in all. */
    private record PageIds(List<Long> ids, int total) {
    }

    private PageIds pageIds(Connection c, CaseFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        filters(f, where, params);
        int limit = f.limit() <= 0 ? 100 : f.limit();
        int offset = Math.max(0, f.offset());
        if (f.search() == null || f.search().isBlank()) {
            String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
            long total = FacetCounts.answers(f) ? facets.count(c, f)
                    : count(c, "select count(*) from applicant a" + condition, params);
            return page(c, f, condition, params, total, offset, limit);
        }
        BitSet found = SearchIndex.match(c, f.search());
        if (found.isEmpty()) {
            return new PageIds(List.of(), 0);
        }
        if (f.sort() == CaseFilter.Sort.RISK && !f.ascending() && where.isEmpty()) {
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
    private static boolean walkPays(Connection c, CaseFilter f, long found) throws SQLException {
        if (f.sort() != CaseFilter.Sort.RISK || f.ascending()) {
            return false;
        }
        return found * 5 > count(c, "select count(*) from applicant", List.of());
    }

    private static PageIds page(Connection c, CaseFilter f, String condition, List<Object> params, long total,
                                int offset, int limit) throws SQLException {
        if (total == 0 || offset >= total) {
            return new PageIds(List.of(), (int) total);
        }
        String hint = queueOrderPays(c, f, total, offset + limit) ? " use index (ix_applicant_queue)" : "";
        String sql = "select a.id from applicant a" + hint + condition + " order by " + f.sort().column
                + (f.ascending() ? " asc" : " desc") + ", a.applicant_id asc limit ? offset ?";
        List<Long> ids = new ArrayList<>(limit);
        try (PreparedStatement q = c.prepareStatement(sql)) {
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
            try (PreparedStatement q = c.prepareStatement("select a.id from applicant a use index (ix_applicant_queue)"
                    + condition + " order by a.risk desc, a.applicant_id asc limit ? offset ?")) {
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
    private static boolean queueOrderPays(Connection c, CaseFilter f, long matching, int needed) throws SQLException {
        if (f.sort() != CaseFilter.Sort.RISK || f.ascending() || f.search() != null && !f.search().isBlank()) {
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

    /** The page's rows, in the page's order. */
    private static List<Applicant> load(Session s, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Applicant> byId = new HashMap<>();
        for (Applicant a : s.createSelectionQuery("from Applicant a where a.id in :ids", Applicant.class)
                .setParameter("ids", ids).setReadOnly(true).getResultList()) {
            byId.put(a.getId(), a);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A page of applicants and the total number matching. */
    public record Page(List<Applicant> rows, int total) {
    }

    private static void filters(CaseFilter f, List<String> c, List<Object> p) {
        if (!f.stateCodes().isEmpty()) {
            List<String> codes = List.copyOf(f.stateCodes());
            c.add("a.state in (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")");
            codes.stream().map(code -> ReviewState.fromCode(code).code()).forEach(p::add);
        }
        eq(c, p, "a.field_office", f.office());
        eq(c, p, "a.classifier_label", f.classifierLabel());
        eq(c, p, "a.verdict", f.verdict());
        eq(c, p, "a.decided_by", f.decidedBy());
        if (f.importedFrom() != null) {
            p.add(java.sql.Timestamp.from(f.importedFrom()));
            c.add("a.imported_at >= ?");
        }
        if (f.importedBefore() != null) {
            p.add(java.sql.Timestamp.from(f.importedBefore()));
            c.add("a.imported_at < ?");
        }
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

    /** The case with the given résumé version (null: the current one), or empty when no such case or version. */
    public Optional<CaseVersion> load(String applicantId, Integer versionNo) {
        return database.fromTransaction(s -> {
            Applicant a = s.createSelectionQuery("from Applicant a where a.applicantId = :id", Applicant.class)
                    .setParameter("id", applicantId).uniqueResult();
            if (a == null) {
                return Optional.<CaseVersion>empty();
            }
            int no = versionNo == null ? a.getCurrentVersion() : versionNo;
            ResumeVersion v = s.createSelectionQuery(
                    "from ResumeVersion v where v.applicant = :a and v.versionNo = :no", ResumeVersion.class)
                    .setParameter("a", a).setParameter("no", no).uniqueResult();
            if (v == null) {
                return Optional.<CaseVersion>empty();
            }
            ScreeningFlag flag = s.createSelectionQuery(
                    "from ScreeningFlag f left join fetch f.evidence where f.resumeVersion = :v", ScreeningFlag.class)
                    .setParameter("v", v).uniqueResult();
            List<Finding> findings = s.createSelectionQuery(
                    "from Finding f where f.resumeVersion = :v order by f.start, f.end", Finding.class)
                    .setParameter("v", v).getResultList();
            List<Integer> numbers = s.createSelectionQuery(
                    "select v.versionNo from ResumeVersion v where v.applicant = :a order by v.versionNo", Integer.class)
                    .setParameter("a", a).getResultList();
            return Optional.of(new CaseVersion(a, v, flag, findings, numbers));
        });
    }

    /**
     * The file a PDF résumé came in, for the given version of a case (null: the current one), or empty when
     * the case or version does not exist or its résumé did not come as a PDF kept by the import.
     */
    public Optional<byte[]> original(String applicantId, Integer versionNo) {
        return database.fromTransaction(s -> s.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("select o.content from resume_original o "
                    + "join resume_version v on v.id = o.resume_version_id join applicant a on a.id = v.applicant_id "
                    + "where a.applicant_id = ? and v.version_no = " + (versionNo == null ? "a.current_version" : "?"))) {
                q.setString(1, applicantId);
                if (versionNo != null) {
                    q.setInt(2, versionNo);
                }
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        }));
    }

    /** Total cases, cases not yet signed off, and cases decided since {@code since}. */
    public long[] stats(Instant since) {
        return database.fromTransaction(s -> {
            long total = s.createSelectionQuery("select count(a) from Applicant a", Long.class).getSingleResult();
            // Signed-off cases are counted (an index range) and subtracted: far fewer entries than the open ones.
            long open = total - s.createSelectionQuery("select count(a) from Applicant a where a.state = :done", Long.class)
                    .setParameter("done", ReviewState.SIGNED_OFF).getSingleResult();
            long today = s.createSelectionQuery("select count(a) from Applicant a where a.decidedAt >= :since", Long.class)
                    .setParameter("since", since).getSingleResult();
            return new long[] {total, open, today};
        });
    }

    /** Case counts grouped by a column: {@code state}, {@code classifierLabel} or {@code fieldOffice}. */
    public Map<String, Long> countBy(String column) {
        if (!List.of("state", "classifierLabel", "fieldOffice", "verdict").contains(column)) {
            throw new IllegalArgumentException("Cannot group cases by " + column);
        }
        return database.fromTransaction(s -> countBy(s, column));
    }

    private static Map<String, Long> countBy(Session s, String column) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Object[] r : s.createSelectionQuery("select a." + column + ", count(a) from Applicant a group by a."
                + column + " order by a." + column, Object[].class).getResultList()) {
            Object key = r[0] instanceof ReviewState st ? st.code() : r[0];
            out.put(key == null ? "" : key.toString(), (Long) r[1]);
        }
        return out;
    }
}
