package org.secondlook.store;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies an office's encrypted file into an empty PostgreSQL database ({@code migrate-store}): every table,
 * row for row, in one transaction on the server, its row counts compared before it commits; the accounts'
 * key slots become their password rows (a slot checks a password by unwrapping, so everyone keeps theirs).
 * The file's search index is not the server's kind: every case is queued for the server's index instead.
 * A table this copy does not know (a later migration's) stops it before anything is written.
 */
public final class StoreCopy {
    /** Tables in an order that satisfies their foreign keys. */
    static final List<String> TABLES = List.of("app_user", "office_setting", "import_run", "applicant", "resume_version",
            "resume_original", "screening_flag", "evidence_span", "finding", "decision", "sign_off", "audit_event",
            "audit_head", "search_pending", "search_posting", "search_superseded", "search_state", "merged_decision",
            "merged_sign_off", "office_audit_event", "merge_conflict", "remediation_record", "remediation_progress", "remediation_move",
            "remediation_evidence", "remediation_certificate", "qa_review", "qa_sampling", "merged_training",
            "training_conflict");
    /** Each sequence and the table whose ids it gives. */
    static final Map<String, String> SEQUENCES = sequences();
    /** Tables that hold no office data; among them H2's record of the indexes an import set aside ({@link DeferredIndexes}). */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "account_password", DeferredIndexes.TABLE);
    private static final int BATCH = 500;

    private StoreCopy() {
    }

    private static Map<String, String> sequences() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of("app_user", "applicant", "resume_version", "screening_flag", "finding", "decision", "sign_off",
                "import_run", "remediation_record", "remediation_move", "remediation_evidence", "qa_review", "merge_conflict")) {
            m.put(t + "_seq", t);
        }
        return m;
    }

    /** The rows of each table, as counted on both sides before the copy committed. */
    public record Counts(Map<String, Long> rows) {
    }

    /**
     * Copies {@code source} (the encrypted file) into {@code target} (a server whose schema is current and
     * which holds no account), with {@code slots} as the accounts' passwords.
     *
     * @throws IllegalStateException when the target is not empty, a table is unknown, or a count differs
     */
    public static Counts copy(Database source, Database target, List<KeySlot> slots) {
        Counts counts = copyInOneTransaction(source, target, slots);
        PlannerStatistics.refresh(target, TABLES); // every table is new to the server's planner
        return counts;
    }

    private static Counts copyInOneTransaction(Database source, Database target, List<KeySlot> slots) {
        return source.fromTransaction(s -> s.doReturningWork(from -> target.fromTransaction(t -> t.doReturningWork(to -> {
            checkTables(from);
            if (count(to, "app_user") > 0) {
                throw new IllegalStateException("The target database holds accounts already: migrate-store needs an empty one.");
            }
            List<String> reversed = new ArrayList<>(TABLES);
            Collections.reverse(reversed);
            try (Statement st = to.createStatement()) {
                for (String table : reversed) {
                    st.executeUpdate("delete from " + table); // the rows the migrations seeded (heads, state)
                }
                st.executeUpdate("delete from account_password");
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                long n = copyTable(from, to, table);
                long there = count(to, table);
                if (n != there || count(from, table) != there) {
                    throw new IllegalStateException("Table " + table + ": " + n + " rows read, " + there + " written.");
                }
                counts.put(table, n);
            }
            for (KeySlot slot : slots) {
                insertSlot(to, slot);
            }
            for (Map.Entry<String, String> seq : SEQUENCES.entrySet()) {
                try (Statement st = to.createStatement()) {
                    st.execute("select setval('" + seq.getKey() + "', (select coalesce(max(id), 0) + 100 from "
                            + seq.getValue() + "))");
                }
            }
            SearchIndex.requeueAll(to); // the server keeps its search index in its own full-text search
            return new Counts(counts);
        }))));
    }

    /** Refuses a source with a table this copy does not know. */
    private static void checkTables(Connection from) throws SQLException {
        Set<String> unknown = new TreeSet<>();
        try (ResultSet r = from.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!TABLES.contains(name) && !NOT_COPIED.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("migrate-store does not know the tables " + unknown + ": nothing was copied.");
        }
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        long n = 0;
        try (Statement q = from.createStatement()) {
            q.setFetchSize(BATCH);
            try (ResultSet r = q.executeQuery("select * from " + table)) {
                ResultSetMetaData meta = r.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", Collections.nCopies(columns, "?")) + ")";
                try (PreparedStatement insert = to.prepareStatement(sql)) {
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            insert.setObject(i, value(r.getObject(i)));
                        }
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        return n;
    }

    /** A value as the server takes it: large text and binary values read whole. */
    private static Object value(Object v) throws SQLException {
        if (v instanceof Clob c) {
            return c.getSubString(1, Math.toIntExact(c.length()));
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, Math.toIntExact(b.length()));
        }
        return v;
    }

    private static void insertSlot(Connection to, KeySlot slot) throws SQLException {
        try (PreparedStatement p = to.prepareStatement("insert into account_password (account, kdf, memory_kib, iterations,"
                + " parallelism, salt, nonce, secret, failed_logins, last_failure_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, slot.account());
            p.setString(2, slot.kdf());
            p.setInt(3, slot.memoryKiB());
            p.setInt(4, slot.iterations());
            p.setInt(5, slot.parallelism());
            p.setString(6, slot.salt());
            p.setString(7, slot.nonce());
            p.setString(8, slot.wrappedKey());
            p.setInt(9, slot.failedLogins());
            p.setString(10, slot.lastFailureAt());
            p.executeUpdate();
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
