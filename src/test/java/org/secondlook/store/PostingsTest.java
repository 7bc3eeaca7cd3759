package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search's posting lists ({@link Postings}) and the word index built from them ({@link SearchIndex}). */
class PostingsTest {
    @TempDir
    Path dir;
    /** Opened only by the tests that search a database. */
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static BitSet decode(byte[] encoded) {
        BitSet out = new BitSet();
        Postings.decodeInto(encoded, out, id -> false);
        return out;
    }

    @Test
    void aListDecodesToTheIdsItWasGivenIncludingGapsOfSeveralBytes() {
        long[] ids = {1, 2, 127, 128, 16_384, 16_385, 2_000_000, 300_000_000};
        byte[] encoded = Postings.encode(ids, ids.length);
        assertThat(decode(encoded).stream().asLongStream().toArray()).containsExactly(ids);
        // small gaps take one byte each: the list is compact
        assertThat(Postings.encode(new long[] {10, 11, 12, 13}, 4)).hasSize(4);
        // only the first count ids are written
        assertThat(decode(Postings.encode(ids, 3)).stream().asLongStream().toArray()).containsExactly(1, 2, 127);
    }

    @Test
    void decodingLeavesOutTheIdsTheCallerSkipsAndKeepsWhatIsAlreadyThere() {
        BitSet into = new BitSet();
        into.set(999);
        Postings.decodeInto(Postings.encode(new long[] {3, 5, 8, 13}, 4), into, id -> id == 5 || id == 13);
        assertThat(into.stream().toArray()).containsExactly(3, 8, 999);
    }

    @Test
    void idsThatDoNotAscendAreRefusedAndADamagedListIsReported() {
        assertThatThrownBy(() -> Postings.encode(new long[] {4, 4}, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.encode(new long[] {9, 3}, 2)).isInstanceOf(IllegalArgumentException.class);
        byte[] whole = Postings.encode(new long[] {1, 300}, 2);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // ends inside a continued group
        assertThatThrownBy(() -> decode(cut)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
    }

    private List<String> search(String words) {
        return db.fromTransaction(s -> s.doReturningWork(c -> StoreFixture.applicantIds(c, SearchIndex.match(c, words))));
    }

    @Test
    void aSearchFindsExactlyTheCasesHoldingEveryWordAcrossSegmentsAndTheQueue() {
        db = StoreFixture.newDatabase(dir);
        StoreFixture.importRows(db, List.of(
                row(1, "A001", "Ann Carver", "ERO Denver", "LEO", "NOT_LE", 0.9, "Mall security officer, night patrol"),
                row(2, "A002", "Bo Dunn", "ERO Denver", "LEO", "LE", 0.2, "Sheriff deputy, patrol division"),
                row(3, "A003", "Cy Evans", "ERO Miami", "LEO", "NOT_LE", 0.8, "Correctional officer, county jail"),
                row(4, "A004", "Di Fox", "ERO Miami", "NON_LEO", "UNCERTAIN", 0.5, "Park ranger, wildlife patrol"),
                row(5, "A005", "Ed Gale", "ERO Miami", "LEO", "NOT_LE", 0.7, "Loss prevention at a mall")), false);
        // segments of two cases: the five versions end up in three segments
        assertThat(new SearchIndex(db, 2).catchUp()).isEqualTo(5);
        assertThat(StoreFixture.count(db, "select count(distinct segment) from search_posting")).isEqualTo(3);
        assertThat(StoreFixture.count(db, "select count(*) from search_pending")).isZero();

        // one more case, still queued: found by reading its text
        StoreFixture.importRows(db, List.of(
                row(6, "A006", "Flo Hart", "ERO Denver", "LEO", "NOT_LE", 0.6, "Mall patrol supervisor")), false);
        assertThat(new SearchIndex(db).pending()).isEqualTo(1);

        assertThat(search("patrol")).containsExactly("A001", "A002", "A004", "A006");
        assertThat(search("mall patrol")).containsExactly("A001", "A006");
        assertThat(search("officer")).containsExactly("A001", "A003");
        assertThat(search("offic")).containsExactly("A001", "A003"); // a word of three letters or more: a prefix
        assertThat(search("carver")).containsExactly("A001"); // names are searched too
        assertThat(search("a00")).containsExactly("A001", "A002", "A003", "A004", "A005", "A006"); // id prefix
        assertThat(search("dolphin")).isEmpty();
        assertThat(search("patrol dolphin")).isEmpty();
    }

    @Test
    void aNewVersionInALaterSegmentReplacesWhatTheOldOneWasFoundBy() {
        db = StoreFixture.newDatabase(dir);
        StoreFixture.importRows(db, List.of(
                row(1, "A001", "Ann Carver", "ERO Denver", "LEO", "NOT_LE", 0.9, "Mall security officer"),
                row(2, "A002", "Bo Dunn", "ERO Denver", "LEO", "LE", 0.2, "Sheriff deputy")), true);
        assertThat(search("security")).containsExactly("A001");

        StoreFixture.importRows(db, List.of(
                row(1, "A001", "Ann Carver", "ERO Denver", "LEO", "LE", 0.1, "Police officer, city patrol")), true);
        assertThat(StoreFixture.count(db, "select count(distinct segment) from search_posting")).isEqualTo(2);
        assertThat(StoreFixture.count(db, "select count(*) from search_superseded")).isEqualTo(1);

        assertThat(search("security")).isEmpty();
        assertThat(search("police")).containsExactly("A001");
        assertThat(search("officer")).containsExactly("A001");
        assertThat(search("deputy")).containsExactly("A002");
    }
}
