package org.secondlook.store;

import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL only: the planner's statistics of tables read again ({@code ANALYZE}) right after a bulk write, instead
 * of when autovacuum next comes by (a minute or more later, and only once a tenth of a table has changed). Until
 * then a planner that never saw the tables full guessed 77 screening flags a résumé version (one there is) and a
 * small evidence table, and opened each case by reading the whole of {@code evidence_span} into a hash join:
 * about 15 ms of server CPU per case opened at 100,000 cases, enough to fill two cores with twenty reviewers
 * (issue 17). {@code ANALYZE} reads a sample (30,000 rows a table at the
 * default target), so it costs well under a second whatever the size. H2 keeps its own figures as it writes.
 */
public final class PlannerStatistics {
    /** The tables a case's rows live in: what an import or a bulk copy of cases writes. */
    public static final List<String> CASE_TABLES = List.of("applicant", "resume_version", "resume_original",
            "screening_flag", "evidence_span", "finding");
    /** Fewer rows than this never make a plan go wrong by much. */
    static final long AT_LEAST = 1_000;

    private PlannerStatistics() {
    }

    /**
     * Whether {@code added} rows onto {@code before} outgrow what the planner was told: autovacuum's own rule (a
     * tenth of the table) without its wait, and at least {@value #AT_LEAST} rows.
     */
    static boolean outgrown(long before, long added) {
        return added >= AT_LEAST && added * 10 >= before;
    }

    /** Reads the statistics of {@code tables} again on PostgreSQL; nothing on H2. */
    public static void refresh(Database db, List<String> tables) {
        if (db.vendor() != Vendor.POSTGRESQL || tables.isEmpty()) {
            return;
        }
        db.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                // An account that does not own a table gets a warning for it, not an error: nothing fails here.
                st.execute("ANALYZE " + String.join(", ", tables));
            }
            return null;
        });
    }
}
