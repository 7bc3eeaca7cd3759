package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A figure read from the database and kept until the database changes: the store's change counter
 * ({@link Vendor#changeCounter()}) moves with every commit that changes the cases, from any process or
 * workstation, and the figure is read again after it has.
 */
final class KeptUntilChange<T> {
    /** Reads the figure. */
    interface Reader<T> {
        T read(Connection c) throws SQLException;
    }

    private final Reader<T> reader;
    private String version;
    private T value;

    KeptUntilChange(Reader<T> reader) {
        this.reader = reader;
    }

    synchronized T get(Connection c) throws SQLException {
        String now = storeVersion(c);
        if (value == null || now == null || !now.equals(version)) {
            value = reader.read(c);
            version = now;
        }
        return value;
    }

    /** The store's change counter now, or null when it cannot be read (then nothing is kept). */
    private static String storeVersion(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(Vendor.of(c).changeCounter());
             ResultSet r = q.executeQuery()) {
            String v = r.next() ? r.getString(1) : null;
            return v == null ? null : v.strip();
        }
    }
}
