package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The oversight figures' raw numbers, each an SQL aggregate over the database (no entity is loaded):
 * cases grouped by state, office, label, analyzer verdict and the track of the decision in force;
 * percentiles of waiting times; sign-offs per reviewer; decisions per day; the tool's evidence terms.
 * Every query is limited to the same scope (an office, cases imported since an instant).
 */
public final class MetricsReader {
    /**
     * Which cases count: one office (null: all) and cases imported at or after {@code importedSince} and before
     * {@code importedBefore} (null: no bound).
     */
    public record Scope(String office, Instant importedSince, Instant importedBefore) {
        public Scope(String office, Instant importedSince) {
            this(office, importedSince, null);
        }
    }

    /**
     * How many cases share one mix of state, office, label, verdict, track in force (null: none) and the tool's
     * evidence terms ({@link LeoTerms}, null: none).
     */
    public record Group(org.secondlook.domain.ReviewState state, String office, org.secondlook.domain.ClassifierLabel label,
                        org.secondlook.domain.Verdict verdict, org.secondlook.domain.Track track, String terms, long count) {
    }

    /** Median and 90th percentile in seconds (linear interpolation), null when nothing was measured. */
    public record Percentiles(Double p50, Double p90, long measured) {
    }

    /** Sign-offs (approvals and returns) of one person's decisions, and how many of them were returns. */
    public record ReviewerSignOffs(String reviewer, long signOffs, long returned) {
    }


    private static final int QUARTER_SECONDS = 900;

    private final Database database;

    public MetricsReader(Database database) {
        this.database = database;
    }

    /**
     * Every case in scope, grouped; the track is the one in force (also for a returned case). One pass over the
     * index {@code ix_applicant_oversight}, which holds every column used (the case rows are not read).
     */
    public List<Group> groups(Scope scope) {
        String columns = "a.field_office, a.state, a.classifier_label, a.verdict, a.track_in_force, a.leo_terms";
        String sql = "select " + columns + ", count(*) from applicant a" + where(scope, "") + " group by " + columns;
        return query(sql, scope, List.of(), r -> new Group(org.secondlook.domain.ReviewState.fromCode(r.getString(2)),
                r.getString(1), r.getString(3) == null ? null : org.secondlook.domain.ClassifierLabel.valueOf(r.getString(3)),
                org.secondlook.domain.Verdict.parse(r.getString(4)),
                r.getString(5) == null ? null : org.secondlook.domain.Track.valueOf(r.getString(5)), r.getString(6), r.getLong(7)));
    }

    /** Seconds from import to the decision in force, over decided and signed-off cases. */
    public Percentiles toDecision(Scope scope) {
        return percentiles("from applicant a" + where(scope, " a.state in ('DECIDED', 'SIGNED_OFF')"
                + " and a.in_force_at is not null"), "a.imported_at", "a.in_force_at", scope);
    }

    /** Seconds from import to the approval of the decision in force, over signed-off cases. */
    public Percentiles toSignOff(Scope scope) {
        return percentiles("from applicant a" + where(scope, " a.state = 'SIGNED_OFF' and a.signed_off_at is not null"),
                "a.imported_at", "a.signed_off_at", scope);
    }

    /** Per person who decided: how many of their decisions were signed off or returned, and how many returned. */
    public List<ReviewerSignOffs> signOffsByReviewer(Scope scope) {
        String sql = "select o.decided_by, count(*), sum(case when o.outcome = 'RETURNED' then 1 else 0 end)"
                + " from sign_off o" + (caseJoin(scope, "d").isEmpty() ? "" : " join decision d on d.id = o.decision_id")
                + caseJoin(scope, "d") + where(scope, "")
                + " group by o.decided_by order by o.decided_by";
        return query(sql, scope, List.of(), r -> new ReviewerSignOffs(r.getString(1), r.getLong(2), r.getLong(3)));
    }

    /** Decisions recorded (in force or not) in each of the half-open periods [bounds[i], bounds[i+1]). */
    public long[] decisionsBetween(Scope scope, List<Instant> bounds) {
        if (bounds.size() < 2) {
            return new long[0];
        }
        long[] n = perPeriod("from decision d" + caseJoin(scope, "d"), "d.decided_at", "d.decided_at >= ?",
                List.of(time(bounds.get(0))), scope, bounds);
        return java.util.Arrays.copyOfRange(n, 1, n.length);
    }

    /**
     * The cases open at the end of each period [bounds[i], bounds[i+1]): imported by then, less those whose
     * decision in force now (decided or signed off) had been made by then. A case returned later counts as
     * decided from its decision on: the series follows the decisions in force, not every return.
     */
    public long[] openAt(Scope scope, List<Instant> bounds) {
        if (bounds.size() < 2) {
            return new long[0];
        }
        long[] imported = perPeriod("from applicant a", "a.imported_at", "", List.of(), scope, bounds);
        long[] decided = perPeriod("from applicant a", "a.in_force_at", "a.state in ('DECIDED', 'SIGNED_OFF')",
                List.of(), scope, bounds);
        long[] out = new long[bounds.size() - 1];
        long open = imported[0] - decided[0];
        for (int i = 0; i < out.length; i++) {
            open += imported[i + 1] - decided[i + 1];
            out[i] = open;
        }
        return out;
    }

    /**
     * How many rows of {@code from} (with {@code condition}, its parameters, and the scope) have {@code column}
     * before bounds[0] (index 0) and in each period [bounds[i], bounds[i+1]) (index i + 1). The database counts
     * them per quarter hour from the first bound (every time zone's offset and change of offset is a multiple of
     * 15 minutes, so no quarter straddles a bound) and the quarters are added up here.
     */
    private long[] perPeriod(String from, String column, String condition, List<Object> params, Scope scope,
                             List<Instant> bounds) {
        Instant first = bounds.get(0);
        String sql = "select q.quarter, count(*) from (select case when " + column + " < ? then -1 else"
                + " cast(floor(" + database.vendor().secondsBetween("cast(? as timestamp with time zone)", column)
                + " / " + QUARTER_SECONDS + ") as bigint) end as quarter " + from
                + where(scope, (condition.isBlank() ? "" : condition + " and ") + column + " < ?") + ") q group by q.quarter";
        List<Object> all = new ArrayList<>(List.of(time(first), time(first)));
        all.addAll(params);
        all.add(time(bounds.get(bounds.size() - 1)));
        long[] out = new long[bounds.size()];
        for (long[] q : query(sql, scope, all, r -> new long[] {r.getLong(1), r.getLong(2)})) {
            if (q[0] < 0) {
                out[0] += q[1];
                continue;
            }
            Instant at = first.plusSeconds(q[0] * QUARTER_SECONDS);
            int i = 0;
            while (i + 2 < bounds.size() && !at.isBefore(bounds.get(i + 1))) {
                i++;
            }
            out[i + 1] += q[1];
        }
        return out;
    }

    private Percentiles percentiles(String from, String start, String end, Scope scope) {
        String seconds = database.vendor().secondsBetween(start, end);
        String sql = "select percentile_cont(0.5) within group (order by " + seconds + "),"
                + " percentile_cont(0.9) within group (order by " + seconds + "), count(*) " + from;
        return query(sql, scope, List.of(), r -> {
            long n = r.getLong(3);
            return new Percentiles(n == 0 ? null : r.getDouble(1), n == 0 ? null : r.getDouble(2), n);
        }).get(0);
    }

    /** The join to the cases, needed only when the scope limits them (a join per row is what costs). */
    private static String caseJoin(Scope scope, String decision) {
        return scope.office() == null && scope.importedSince() == null && scope.importedBefore() == null ? ""
                : " join applicant a on " + decision + ".applicant_id = a.id";
    }

    /** " where <extra> and <scope conditions>" (or "" when there is no condition at all). */
    private static String where(Scope scope, String extra) {
        List<String> c = new ArrayList<>();
        if (!extra.isBlank()) {
            c.add(extra.strip());
        }
        if (scope.office() != null) {
            c.add("a.field_office = ?");
        }
        if (scope.importedSince() != null) {
            c.add("a.imported_at >= ?");
        }
        if (scope.importedBefore() != null) {
            c.add("a.imported_at < ?");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static int bindScope(PreparedStatement q, int i, Scope scope) throws SQLException {
        if (scope.office() != null) {
            q.setString(i++, scope.office());
        }
        if (scope.importedSince() != null) {
            q.setObject(i++, time(scope.importedSince()));
        }
        if (scope.importedBefore() != null) {
            q.setObject(i++, time(scope.importedBefore()));
        }
        return i;
    }

    private static int bind(PreparedStatement q, int i, List<Object> values) throws SQLException {
        for (Object v : values) {
            q.setObject(i++, v);
        }
        return i;
    }

    private static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Scope scope, List<Object> first, Row<T> row) {
        return database.fromTransaction(s -> s.doReturningWork(c -> run(c, sql, scope, first, row)));
    }

    private static <T> List<T> run(Connection c, String sql, Scope scope, List<Object> first, Row<T> row)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bindScope(q, bind(q, 1, first), scope);
            List<T> out = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            return out;
        }
    }
}
