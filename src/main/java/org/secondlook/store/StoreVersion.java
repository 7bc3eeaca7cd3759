package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** H2's store version, which every commit advances (from any process sharing the file): what a cache checks. */
final class StoreVersion {
    private StoreVersion() {
    }

    /** The current version, or -1 when it cannot be read (then a cache keeps nothing). */
    static long of(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = 'info.CURRENT_VERSION'");
             ResultSet r = q.executeQuery()) {
            String v = r.next() ? r.getString(1) : null;
            return v == null ? -1 : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
