package org.secondlook.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two databases the store runs on, and the few pieces of SQL that differ between them. Everything
 * else (the migrations, the queries, the mappings) is the same on both.
 */
public enum Vendor {
    /** The embedded, encrypted file of one workstation or field office. */
    H2,
    /** A shared server: headquarters, or a large office with many workstations. */
    POSTGRESQL;

    /** The vendor of a JDBC URL. */
    public static Vendor ofUrl(String url) {
        return url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** The vendor a connection talks to. */
    static Vendor of(Connection c) throws SQLException {
        return ofUrl(c.getMetaData().getURL());
    }

    /** A query returning the sequence's next value. */
    String nextValue(String sequence) {
        return this == H2 ? "select next value for " + sequence : "select nextval('" + sequence + "')";
    }

    /** The sequence's next value, drawn on the session's connection. */
    static long nextValue(org.hibernate.SharedSessionContract s, String sequence) {
        return s.doReturningWork(c -> {
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet r = st.executeQuery(of(c).nextValue(sequence))) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Whole seconds from one timestamp expression to another, as SQL. */
    String secondsBetween(String start, String end) {
        return this == H2 ? "datediff('SECOND', " + start + ", " + end + ")"
                : "floor(extract(epoch from (" + end + ") - (" + start + ")))";
    }

    /** A hint to read the queue in its index's order ({@code ""} where the planner chooses by itself). */
    String queueOrderHint() {
        return this == H2 ? " use index (ix_applicant_queue)" : "";
    }

    /** A hint to read one state's cases in the queue order from their own index ({@code ""} where not needed). */
    String stateQueueHint() {
        return this == H2 ? " use index (ix_applicant_state_queue)" : "";
    }

    /** H2: an index a statement names does not exist. */
    private static final int H2_INDEX_NOT_FOUND = 42112;

    /**
     * {@code head + hint + tail} prepared with the {@link #queueOrderHint}, or without it while a large import has
     * set the queue's index aside ({@link DeferredIndexes}): the query then stands, only slower.
     */
    static java.sql.PreparedStatement prepareInQueueOrder(Connection c, String head, String tail) throws SQLException {
        return prepareHinted(c, head, of(c).queueOrderHint(), tail);
    }

    /** {@code head + hint + tail}, or {@code head + tail} where the hinted index is set aside by a large import. */
    static java.sql.PreparedStatement prepareHinted(Connection c, String head, String hint, String tail) throws SQLException {
        if (!hint.isEmpty()) {
            try {
                return c.prepareStatement(head + hint + tail);
            } catch (SQLException e) {
                if (e.getErrorCode() != H2_INDEX_NOT_FOUND) {
                    throw e;
                }
            }
        }
        return c.prepareStatement(head + tail);
    }

    /**
     * Makes the connection's queries hand their rows over as they are read (on) or computed whole first (off,
     * the default). H2 computes a whole result before the first row unless its session is lazy; a lazy query
     * ordered by an index reads only the rows fetched so far. PostgreSQL streams in a transaction with a fetch
     * size anyway. The setting belongs to the connection: turn it off before the connection goes back to the pool.
     */
    void streamResults(Connection c, boolean on) throws SQLException {
        if (this == H2) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    /**
     * A value that changes with every commit that may have changed the data, read before a kept figure is
     * used again. H2: the store version, moved by every commit from any process. PostgreSQL has no store
     * version: its current snapshot ({@code xmin:xmax:in-progress ids}) is used instead. Two equal snapshots
     * see exactly the same committed transactions, so an equal value means no commit from any workstation
     * since; a transaction that only read takes no transaction id and moves nothing.
     */
    String changeCounter() {
        return this == H2 ? "select setting_value from information_schema.settings where setting_name = 'info.CURRENT_VERSION'"
                : "select cast(pg_current_snapshot() as varchar)";
    }

    /**
     * Migration placeholders: the types for large text, large binary and binary values, and the aggregate
     * that lists a case's evidence terms, lower-cased, distinct, in order, one a line.
     */
    java.util.Map<String, String> placeholders() {
        return this == H2
                ? java.util.Map.of("clob", "CHARACTER LARGE OBJECT", "blob", "BINARY LARGE OBJECT", "bytes", "VARBINARY(1000000)",
                        "term_list", "LISTAGG(DISTINCT LOWER(e.term), CHAR(10)) WITHIN GROUP (ORDER BY LOWER(e.term))")
                : java.util.Map.of("clob", "TEXT", "blob", "BYTEA", "bytes", "BYTEA",
                        "term_list", "STRING_AGG(DISTINCT LOWER(e.term), CHR(10) ORDER BY LOWER(e.term))");
    }
}
