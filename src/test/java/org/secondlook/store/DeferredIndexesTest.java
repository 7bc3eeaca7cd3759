package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import on H2 sets the case table's plain indexes aside and builds them again in bulk (issue 17): the
 * table ends with exactly the indexes it had, an index left out by a killed import comes back at the next open,
 * and the queue's queries still run while the indexes are away.
 */
class DeferredIndexesTest {
    @TempDir
    Path dir;

    @Test
    void aLargeImportGivesTheCaseTableBackExactlyTheIndexesItHad() throws Exception {
        try (Database db = StoreFixture.newDatabase(dir)) {
            Map<String, String> before = indexes(db);
            assertThat(before).containsKeys("IX_APPLICANT_QUEUE", "IX_APPLICANT_FACETS", "IX_APPLICANT_OVERSIGHT");
            ImportWriter writer = new ImportWriter(db);
            int chunks = ImportWriter.DEFER_INDEXES_AFTER / 500 + 2;
            for (int chunk = 0; chunk < chunks; chunk++) {
                writer.write(rows(chunk * 500, 500), "ada", StoreFixture.T0);
            }
            assertThat(indexes(db)).as("set aside during the import").isEmpty();
            assertThat(StoreFixture.count(db, "select count(*) from deferred_index")).isEqualTo(before.size());
            assertThat(queueOrder(db)).as("the queue's order, read without its index").hasSize(chunks * 500);

            writer.restoreIndexes();

            assertThat(indexes(db)).isEqualTo(before);
            assertThat(StoreFixture.count(db, "select count(*) from deferred_index")).isZero();
            List<Long> order = queueOrder(db);
            assertThat(order).hasSize(chunks * 500);
            assertThat(risks(db, order)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void aSmallImportKeepsItsIndexes() throws Exception {
        try (Database db = StoreFixture.newDatabase(dir)) {
            ImportWriter writer = new ImportWriter(db);
            for (int chunk = 0; chunk < 3; chunk++) {
                writer.write(rows(chunk * 500, 500), "ada", StoreFixture.T0);
            }
            assertThat(indexes(db)).containsKey("IX_APPLICANT_QUEUE");
            assertThat(StoreFixture.count(db, "select count(*) from deferred_index")).isZero();
        }
    }

    @Test
    void indexesAKilledImportLeftOutAreBuiltAtTheNextOpenButNotWhileALiveImportHoldsThem() throws Exception {
        FileKey key = FileKey.random(new SecureRandom());
        DataDirectory data = new DataDirectory(dir);
        Map<String, String> before;
        try (Database db = Database.create(data, key.copy())) {
            StoreFixture.importRows(db, rows(0, 50), true);
            before = indexes(db);
            DeferredIndexes live = db.deferIndexes("applicant");
            JdbcConnectionPool other = JdbcConnectionPool.create(Database.url(data, true), Database.H2_USER,
                    new String(key.h2Password()));
            try {
                DeferredIndexes.restoreLeftOver(other); // another opener while the import lives: leaves them be
                assertThat(indexes(db)).isEmpty();
            } finally {
                other.dispose();
            }
            live.close();
            assertThat(indexes(db)).isEqualTo(before);

            // What a kill between setting aside and building again leaves: the record, and no index.
            db.jdbc(c -> {
                try (PreparedStatement insert = c.prepareStatement("insert into deferred_index (index_name, ddl) values (?, ?)")) {
                    for (Map.Entry<String, String> i : before.entrySet()) {
                        insert.setString(1, i.getKey());
                        insert.setString(2, i.getValue());
                        insert.executeUpdate();
                    }
                }
                return null;
            });
            db.jdbc(c -> {
                for (String name : before.keySet()) {
                    c.createStatement().execute("drop index " + name);
                }
                return null;
            });
        }
        try (Database db = Database.open(data, key.copy())) {
            assertThat(indexes(db)).isEqualTo(before);
            assertThat(StoreFixture.count(db, "select count(*) from deferred_index")).isZero();
        } finally {
            key.close();
        }
    }

    private static Map<String, String> indexes(Database db) {
        Database.SqlWork<Map<String, String>> work = c -> DeferredIndexes.plainIndexes(c, "applicant");
        return db.jdbc(work);
    }

    private static List<IncomingCase> rows(int first, int n) {
        List<IncomingCase> out = new ArrayList<>(n);
        java.util.Random random = new java.util.Random(first);
        for (int i = first; i < first + n; i++) {
            out.add(StoreFixture.row(i + 1, String.format("A%06d", i), "Person " + i, "Office " + (i % 7), "NON_LEO",
                    "NOT_LE", random.nextDouble(), "Resume of person " + i + " with words " + (i % 13)));
        }
        return out;
    }

    private static List<Long> queueOrder(Database db) {
        return db.jdbc(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement q = Vendor.prepareInQueueOrder(c, "select a.id from applicant a",
                    " order by a.risk desc, a.applicant_id asc"); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        });
    }

    private static List<Double> risks(Database db, List<Long> ids) {
        return db.jdbc(c -> {
            List<Double> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select risk from applicant where id = ?")) {
                for (long id : ids) {
                    q.setLong(1, id);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        out.add(r.getDouble(1));
                    }
                }
            }
            return out;
        });
    }
}
