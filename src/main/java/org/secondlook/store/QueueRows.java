package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.QueueQuery.SortKey;

/**
 * The ids of one queue page without counting the matches: what opening the next case needs. The commonest
 * such page, one state (the open cases) in the default order, is read from the state-queue index range
 * alone, whatever other reviewers have decided since; any other filter takes {@link QueuePages}' way.
 */
final class QueueRows {
    private QueueRows() {
    }

    static List<Long> find(QueuePages pages, Connection c, QueueQuery f, ZoneId zone, Set<Long> withheld)
            throws SQLException {
        if (!oneStateInQueueOrder(f)) {
            return pages.find(c, f, zone, withheld).ids();
        }
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        QueuePages.filters(f, zone, where, params);
        if (!withheld.isEmpty()) {
            where.add(QueuePages.idList("a.id not in (", withheld));
        }
        // Ordered by the state first: the same order for one state, and the index's own, so H2 stops after the page.
        String tail = " where " + String.join(" and ", where)
                + " order by a.state, a.risk desc, a.applicant_id asc limit ? offset ?";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = Vendor.prepareHinted(c, "select a.id from applicant a", Vendor.of(c).stateQueueHint(), tail)) {
            int i = 1;
            for (Object p : params) {
                q.setObject(i++, p);
            }
            q.setInt(i++, f.limit() <= 0 ? 100 : f.limit());
            q.setInt(i, Math.max(0, f.offset()));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** One state, no search, highest risk first: the next open case's page. */
    static boolean oneStateInQueueOrder(QueueQuery f) {
        return f.states().size() == 1 && (f.search() == null || f.search().isBlank()) && f.sort() == SortKey.RISK
                && !f.ascending();
    }
}
