package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Every case's row id in the default queue order (highest risk first, then applicant id), read from the
 * queue-order index alone and kept until the database changes. A search's page in that order is then
 * found by checking the search's set along this array: no row is read.
 */
final class QueueOrder {
    private final KeptUntilChange<long[]> ids = new KeptUntilChange<>(QueueOrder::load);

    long[] ids(Connection c) throws SQLException {
        return ids.get(c);
    }

    private static long[] load(Connection c) throws SQLException {
        long[] out = new long[1024];
        int n = 0;
        try (PreparedStatement q = Vendor.prepareInQueueOrder(c, "select a.id from applicant a",
                " order by a.risk desc, a.applicant_id asc"); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = r.getLong(1);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
