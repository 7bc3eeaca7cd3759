package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word-index segment an import builds ({@link SegmentBuilder}), and what it writes. */
class SegmentBuilderTest {
    @TempDir
    Path dir;

    @Test
    void aWordsIdsComeOutAscendingWithoutRepeats() {
        SegmentBuilder.Ids ids = new SegmentBuilder.Ids();
        for (long id : new long[] {42, 7, 19, 7, 1000, 3, 42, 5, 6, 8, 9}) { // more than the first array holds
            ids.add(id);
        }
        assertThat(ids.sorted()).containsExactly(3, 5, 6, 7, 8, 9, 19, 42, 1000);
        assertThat(new SegmentBuilder.Ids().sorted()).isEmpty();
    }

    @Test
    void aCaseGoesIntoASegmentOnceAndClearingEmptiesIt() {
        SegmentBuilder segment = new SegmentBuilder();
        assertThat(segment.isEmpty()).isTrue();
        segment.add(11, 101, 1, List.of("mall", "patrol"));
        segment.add(12, 102, 2, List.of("patrol"));
        assertThat(segment.size()).isEqualTo(2);
        assertThat(segment.contains(11)).isTrue();
        assertThat(segment.contains(13)).isFalse();
        assertThatThrownBy(() -> segment.add(11, 103, 2, List.of("deputy")))
                .isInstanceOf(IllegalArgumentException.class);
        segment.clear();
        assertThat(segment.isEmpty()).isTrue();
        assertThat(segment.contains(11)).isFalse();
    }

    /** Applicant id to {applicant row id, current version's row id}. */
    private static Map<String, long[]> rowIds(Database db) {
        return db.fromTransaction(s -> s.doReturningWork(c -> {
            Map<String, long[]> out = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("select a.applicant_id, a.id, v.id from applicant a "
                    + "join resume_version v on v.applicant_id = a.id and v.version_no = a.current_version "
                    + "order by a.applicant_id"); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
            return out;
        }));
    }

    private static BitSet posting(Connection c, String term, long segment) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select applicants from search_posting where term = ? and segment = ?")) {
            q.setString(1, term);
            q.setLong(2, segment);
            try (ResultSet r = q.executeQuery()) {
                BitSet out = new BitSet();
                if (r.next()) {
                    Postings.decodeInto(r.getBytes(1), out, id -> false);
                }
                return out;
            }
        }
    }

    @Test
    void writingASegmentStoresEachWordsCasesMarksReplacedOnesAndEmptiesTheQueue() throws Exception {
        try (Database db = StoreFixture.newDatabase(dir)) {
            StoreFixture.importRows(db, List.of(
                    row(1, "A001", "Ann Carver", "ERO Denver", "LEO", "NOT_LE", 0.9, "Mall security officer"),
                    row(2, "A002", "Bo Dunn", "ERO Denver", "LEO", "LE", 0.2, "Sheriff deputy"),
                    row(3, "A003", "Cy Evans", "ERO Miami", "LEO", "NOT_LE", 0.8, "Correctional officer")), false);
            assertThat(StoreFixture.count(db, "select count(*) from search_pending")).isEqualTo(3);
            Map<String, long[]> ids = rowIds(db);
            long a1 = ids.get("A001")[0];
            long a2 = ids.get("A002")[0];

            SegmentBuilder segment = new SegmentBuilder();
            segment.add(a2, ids.get("A002")[1], 2, List.of("patrol", "deputy"));
            segment.add(a1, ids.get("A001")[1], 1, List.of("mall", "patrol"));
            segment.skip(ids.get("A003")[1]); // taken off the queue without being indexed
            db.inTransaction(s -> s.doWork(segment::write));

            assertThat(StoreFixture.count(db, "select count(*) from search_pending")).isZero();
            long first = StoreFixture.count(db, "select max(segment) from search_posting");
            db.inTransaction(s -> s.doWork(c -> {
                assertThat(posting(c, "patrol", first).stream().asLongStream().toArray()).containsExactly(a1, a2);
                assertThat(posting(c, "mall", first).stream().asLongStream().toArray()).containsExactly(a1);
                assertThat(posting(c, "deputy", first).stream().asLongStream().toArray()).containsExactly(a2);
            }));
            assertThat(StoreFixture.count(db, "select count(*) from search_posting where segment = " + first)).isEqualTo(3);
            assertThat(StoreFixture.count(db, "select count(*) from search_superseded where applicant_id = " + a2
                    + " and segment = " + first)).isEqualTo(1);
            assertThat(StoreFixture.count(db, "select count(*) from search_superseded")).isEqualTo(1);

            // the search reads what was written: the words given, not the résumé text; the skipped case is not indexed
            assertThat(search(db, "patrol")).containsExactly("A001", "A002");
            assertThat(search(db, "correctional")).isEmpty();

            // the next segment gets a number of its own, and a case in it replaces its entries in earlier ones
            SegmentBuilder next = new SegmentBuilder();
            next.add(a1, ids.get("A001")[1], 2, List.of("ranger"));
            db.inTransaction(s -> s.doWork(next::write));
            assertThat(StoreFixture.count(db, "select max(segment) from search_posting")).isGreaterThan(first);
            assertThat(search(db, "patrol")).containsExactly("A002");
            assertThat(search(db, "ranger")).containsExactly("A001");
        }
    }

    private static List<String> search(Database db, String words) {
        return db.fromTransaction(s -> s.doReturningWork(c -> StoreFixture.applicantIds(c, SearchIndex.match(c, words))));
    }
}
