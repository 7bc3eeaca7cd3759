package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 only: a table's plain (non-unique) indexes taken off for a large import and built again once, in bulk,
 * after it (issue 17). H2 rewrites and encrypts every index page a chunk touches at each commit, so a queue
 * index in random key order cost more than the rows themselves; building it from the finished table sorts once.
 *
 * <p>Crash safe: each index's definition is committed to {@code deferred_index} before the index is dropped,
 * and the importer holds those rows locked (a row lock that dies with its session) until the indexes are
 * back. Whoever opens the database next and finds rows nobody holds builds their indexes again
 * ({@link #restoreLeftOver}); rows that another live import holds are left to it.
 */
public final class DeferredIndexes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeferredIndexes.class);
    static final String TABLE = "deferred_index";
    /** H2: a lock wait timed out (another session holds the rows). */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** How long an opener waits for another session's lock on the deferred rows before it leaves them be (ms). */
    private static final int PROBE_LOCK_MS = 200;
    private static final int LOCK_TIMEOUT_MS = 30000;

    private final DataSource source;
    /** Holds the deferred rows locked while the indexes are away; null once they are back. */
    private Connection holder;

    private DeferredIndexes(DataSource source, Connection holder) {
        this.source = source;
        this.holder = holder;
    }

    /**
     * Records the plain indexes of {@code table} (H2 only), holds the record locked and drops them. Returns null
     * on another store, or when the table has no such index.
     */
    static DeferredIndexes defer(Database db, DataSource source, String table) {
        if (db.vendor() != Vendor.H2) {
            return null;
        }
        try {
            Map<String, String> indexes;
            try (Connection c = source.getConnection()) {
                indexes = plainIndexes(c, table);
                if (indexes.isEmpty()) {
                    return null;
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("merge into " + TABLE + " (index_name, ddl) key (index_name) values (?, ?)")) {
                    for (Map.Entry<String, String> i : indexes.entrySet()) {
                        insert.setString(1, i.getKey());
                        insert.setString(2, i.getValue());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
            }
            Connection holder = source.getConnection();
            try {
                holder.setAutoCommit(false);
                lockRows(holder);
                try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
                    for (String name : indexes.keySet()) {
                        st.execute("drop index if exists " + quote(name));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                holder.close();
                throw e;
            }
            LOG.info("Indexes of {} deferred until the import ends: {}", table, indexes.keySet());
            return new DeferredIndexes(source, holder);
        } catch (SQLException e) {
            throw new StoreException("The import could not set the table's indexes aside", e);
        }
    }

    /** Builds the indexes again and forgets the record. Runs once; later calls do nothing. */
    @Override
    public void close() {
        if (holder == null) {
            return;
        }
        Connection c = holder;
        holder = null;
        try (c) {
            c.rollback(); // the lock goes; an opener that finds the rows now builds them too, harmlessly
            c.setAutoCommit(true);
            rebuild(c);
        } catch (SQLException e) {
            throw new StoreException("The table's indexes could not be built again; the next login builds them", e);
        }
    }

    /**
     * At open: builds the indexes that an import set aside and never built again (it was killed), unless a
     * live import still holds them. Cheap when there are none (one query).
     */
    static void restoreLeftOver(DataSource source) throws SQLException {
        try (Connection c = source.getConnection()) {
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("select 1 from " + TABLE + " fetch first 1 rows only")) {
                if (!r.next()) {
                    return;
                }
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set lock_timeout " + PROBE_LOCK_MS);
            }
            try {
                lockRows(c);
            } catch (SQLException e) {
                c.rollback();
                if (e.getErrorCode() == H2_LOCK_TIMEOUT) {
                    LOG.info("An import in progress holds the table's indexes; it builds them when it ends");
                    return;
                }
                throw e;
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("set lock_timeout " + LOCK_TIMEOUT_MS);
                }
            }
            LOG.warn("An import ended without building its table's indexes again; building them now");
            rebuild(c); // the first statement commits and lets the lock go; the rows stay until each index is back
            c.setAutoCommit(true);
        }
    }

    private static void lockRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("select index_name from " + TABLE + " for update")) {
            while (r.next()) {
                // locked as read
            }
        }
    }

    /** Each recorded index created (unless it exists) and its record removed, one at a time. */
    private static void rebuild(Connection c) throws SQLException {
        Map<String, String> ddl = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("select index_name, ddl from " + TABLE + " order by index_name")) {
            while (r.next()) {
                ddl.put(r.getString(1), r.getString(2));
            }
        }
        long t0 = System.nanoTime();
        for (Map.Entry<String, String> i : ddl.entrySet()) {
            try (Statement st = c.createStatement()) {
                st.execute(i.getValue());
            }
            try (PreparedStatement delete = c.prepareStatement("delete from " + TABLE + " where index_name = ?")) {
                delete.setString(1, i.getKey());
                delete.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        LOG.info("Built {} indexes again in {} ms", ddl.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The table's plain indexes (neither primary key, unique nor made for a constraint): name and statement. */
    static Map<String, String> plainIndexes(Connection c, String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("select i.index_name, c.column_name, c.ordering_specification, "
                + "c.null_ordering from information_schema.indexes i join information_schema.index_columns c "
                + "on c.table_schema = i.table_schema and c.table_name = i.table_name and c.index_name = i.index_name "
                + "where i.table_schema = schema() and i.table_name = ? and i.index_type_name = 'INDEX' "
                + "and i.is_generated = false order by i.index_name, c.ordinal_position")) {
            q.setString(1, table.toUpperCase(java.util.Locale.ROOT));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(quote(r.getString(2)) + " " + r.getString(3) + " NULLS " + r.getString(4));
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        columns.forEach((name, cols) -> out.put(name, "create index if not exists " + quote(name) + " on "
                + quote(table.toUpperCase(java.util.Locale.ROOT)) + " (" + String.join(", ", cols) + ")"));
        return out;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
