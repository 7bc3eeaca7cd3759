package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Native queries read as records: each row is mapped by its typed columns ({@code getString},
 * {@code getLong}…), never as an {@code Object[]} with casts on its elements.
 */
final class SqlRows {
    /** Maps the result set's current row to one value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private SqlRows() {
    }

    /** The rows of {@code sql} with {@code params}, at most {@code limit} of them, on the session's connection. */
    static <T> List<T> list(Session s, String sql, int limit, Row<T> row, Object... params) {
        return s.doReturningWork(c -> list(c, sql, limit, row, params));
    }

    static <T> List<T> list(Connection c, String sql, int limit, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.setMaxRows(limit);
            List<T> out = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            return out;
        }
    }

    /** A {@code timestamp with time zone} column as an instant (null stays null). */
    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
