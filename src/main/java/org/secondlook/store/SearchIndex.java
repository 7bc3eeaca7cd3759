package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word index behind the queue's search, kept inside the encrypted database. Every résumé version a
 * writer stores is queued in {@code search_pending} in the same transaction; {@link #catchUp} turns the
 * queue into <em>segments</em> of up to {@value #SEGMENT_DOCS} cases: one row per word and segment
 * holding the applicants whose id, name or current résumé has that word ({@code search_posting}). When a
 * case gets a new version, {@code search_superseded} says its entries in older segments no longer count.
 * Versions still queued are searched by reading their text, so a search is never wrong, only slower
 * until the index has caught up. On PostgreSQL the same queue feeds the server's own full-text search
 * instead of posting lists ({@link TextSearchDocuments}); the words, and so what a search finds, are the same.
 */
public final class SearchIndex {
    static final int SEGMENT_DOCS = 10_000;

    private final Database database;
    private final int segmentDocs;

    public SearchIndex(Database database) {
        this(database, SEGMENT_DOCS);
    }

    /** An indexer writing segments of at most {@code segmentDocs} cases (tests use small ones). */
    public SearchIndex(Database database, int segmentDocs) {
        this.database = database;
        this.segmentDocs = segmentDocs;
    }

    /** Indexes every queued résumé version, one segment per transaction; the number of versions taken off the queue. */
    public int catchUp() {
        int total = 0;
        while (true) {
            int n = database.jdbc(this::indexOneSegment);
            if (n == 0) {
                return total;
            }
            total += n;
        }
    }

    /** Versions still waiting to be indexed. */
    public long pending() {
        return database.fromTransaction(s -> s.createNativeQuery("select count(*) from search_pending", Long.class)
                .getSingleResult());
    }

    /** A version still queued for the index: its case and what is indexed of it. */
    private record Doc(long versionId, long applicant, boolean current, int versionNo, String id,
                       String name, String text) {
    }

    private int indexOneSegment(Connection c) throws SQLException {
        try (PreparedStatement any = c.prepareStatement("select 1 from search_pending fetch first 1 rows only");
             ResultSet r = any.executeQuery()) {
            if (!r.next()) {
                return 0; // nothing queued: no lock taken (every login asks)
            }
        }
        lockState(c); // one indexer at a time, also across processes
        List<Long> queued = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select version_id from search_pending order by version_id "
                + "fetch first " + segmentDocs + " rows only"); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                queued.add(r.getLong(1));
            }
        }
        if (queued.isEmpty()) {
            return 0;
        }
        // The queued range, read through the queue's own key: one index lookup per version, never a scan.
        List<Doc> docs = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select v.id, a.id, v.version_no, a.current_version, "
                + "a.applicant_id, a.full_name, v.text from search_pending p join resume_version v on v.id = p.version_id "
                + "join applicant a on a.id = v.applicant_id where p.version_id between ? and ?")) {
            q.setLong(1, queued.get(0));
            q.setLong(2, queued.get(queued.size() - 1));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    boolean current = r.getInt(3) == r.getInt(4);
                    docs.add(new Doc(r.getLong(1), r.getLong(2), current, r.getInt(3), r.getString(5), r.getString(6),
                            current ? r.getString(7) : null));
                }
            }
        }
        List<Doc> indexed = docs.stream().filter(Doc::current).toList();
        List<Set<String>> terms = indexed.parallelStream().map(d -> SearchTerms.of(d.id(), d.name(), d.text())).toList();
        SegmentBuilder segment = new SegmentBuilder();
        Set<Long> taken = new java.util.HashSet<>();
        for (int i = 0; i < indexed.size(); i++) {
            Doc d = indexed.get(i);
            if (!segment.contains(d.applicant())) {
                segment.add(d.applicant(), d.versionId(), d.versionNo(), terms.get(i));
                taken.add(d.versionId());
            }
        }
        // Everything else read from the queue, and queued versions whose case is gone, leave it too.
        Set<Long> rest = new java.util.HashSet<>(queued);
        docs.forEach(d -> rest.add(d.versionId()));
        rest.removeAll(taken);
        rest.forEach(segment::skip);
        segment.write(c);
        return queued.size();
    }

    /**
     * Writes one segment and takes the versions it holds off the queue, in the caller's transaction, holding
     * the index's state row. H2 keeps it as posting lists; PostgreSQL in its own full-text search
     * ({@link TextSearchDocuments}). Both take the words from {@link SearchTerms}, so both find the same cases.
     */
    static void writeSegment(Connection c, SegmentBuilder segment) throws SQLException {
        lockState(c);
        if (Vendor.of(c) == Vendor.POSTGRESQL) {
            TextSearchDocuments.write(c, segment.documents());
        } else {
            writePostings(c, segment.words(), segment.replacing());
        }
        try (PreparedStatement delete = c.prepareStatement("delete from search_pending where version_id = ?")) {
            for (long id : segment.versions()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** A posting list per word, and the cases whose entries in earlier segments no longer count. */
    private static void writePostings(Connection c, Map<String, SegmentBuilder.Ids> words, List<Long> replacing)
            throws SQLException {
        long segment = nextSegment(c);
        List<String> sortedWords = new ArrayList<>(words.keySet());
        java.util.Collections.sort(sortedWords);
        try (PreparedStatement insert = c.prepareStatement(
                "insert into search_posting (term, segment, applicants) values (?, ?, ?)")) {
            int batched = 0;
            for (String w : sortedWords) {
                long[] ids = words.get(w).sorted();
                insert.setString(1, w);
                insert.setLong(2, segment);
                insert.setBytes(3, Postings.encode(ids, ids.length));
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement superseded = c.prepareStatement(
                "insert into search_superseded (applicant_id, segment) values (?, ?)")) {
            for (long applicant : replacing) {
                superseded.setLong(1, applicant);
                superseded.setLong(2, segment);
                superseded.addBatch();
            }
            superseded.executeBatch();
        }
    }

    /**
     * Forgets everything the index holds and queues every case's current version for it again: after a copy
     * from the other store ({@code migrate-store}), whose index is kept another way. Runs in the caller's transaction.
     */
    static void requeueAll(Connection c) throws SQLException {
        lockState(c);
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("delete from search_posting");
            st.executeUpdate("delete from search_superseded");
            if (Vendor.of(c) == Vendor.POSTGRESQL) {
                st.executeUpdate("delete from " + TextSearchDocuments.TABLE);
            }
            st.executeUpdate("insert into search_pending (version_id) select v.id from resume_version v join applicant a"
                    + " on a.id = v.applicant_id and a.current_version = v.version_no"
                    + " where not exists (select 1 from search_pending p where p.version_id = v.id)");
        }
    }

    /** {@link #requeueAll(Connection)} in a transaction of its own; the next {@link #catchUp} builds the index again. */
    public void requeueAll() {
        database.jdbc(c -> {
            requeueAll(c);
            return null;
        });
    }

    /** Serialises indexers (two processes may import at once): the state row is held until commit. */
    static void lockState(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select next_segment from search_state where id = 1 for update");
             ResultSet r = lock.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("The search index has no state row");
            }
        }
    }

    private static long nextSegment(Connection c) throws SQLException {
        long segment;
        try (PreparedStatement q = c.prepareStatement("select next_segment from search_state where id = 1");
             ResultSet r = q.executeQuery()) {
            r.next();
            segment = r.getLong(1);
        }
        try (PreparedStatement u = c.prepareStatement("update search_state set next_segment = ? where id = 1")) {
            u.setLong(1, segment + 1);
            u.executeUpdate();
        }
        return segment;
    }

    /**
     * The cases (applicant row ids) a search finds: those whose applicant id begins with the search (as typed,
     * or in upper or lower case),
     * and those whose id, name or current résumé holds every word of it ({@link SearchTerms}). Runs on the
     * caller's connection, inside its transaction.
     */
    static BitSet match(Connection c, String search) throws SQLException {
        BitSet found = new BitSet();
        List<String> words = SearchTerms.query(search);
        if (!words.isEmpty() && words.stream().allMatch(SearchTerms::indexable)) {
            // Read order matters while an indexer commits: queue first, then the index.
            Map<Long, Boolean> queued = queuedMatches(c, words);
            BitSet indexed = Vendor.of(c) == Vendor.POSTGRESQL ? TextSearchDocuments.match(c, words) : postingsMatch(c, words);
            for (Map.Entry<Long, Boolean> q : queued.entrySet()) {
                indexed.set(bit(q.getKey()), q.getValue());
            }
            found.or(indexed);
        }
        // Ids as typed, and in upper and lower case (each an index range; ids are usually upper case).
        String typed = search.strip();
        for (String prefix : new java.util.LinkedHashSet<>(List.of(typed, typed.toUpperCase(java.util.Locale.ROOT),
                typed.toLowerCase(java.util.Locale.ROOT)))) {
            try (PreparedStatement q = c.prepareStatement("select id from applicant where applicant_id like ? escape '\\'")) {
                q.setString(1, QueuePages.escapeLike(prefix) + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.set(bit(r.getLong(1)));
                    }
                }
            }
        }
        return found;
    }

    /** The cases holding every word, from the posting lists: postings first, then superseded entries. */
    private static BitSet postingsMatch(Connection c, List<String> words) throws SQLException {
        List<SegmentList> lists = new ArrayList<>();
        for (String w : words) {
            lists.add(postings(c, w));
        }
        Map<Long, Long> replacedBefore = superseded(c);
        BitSet indexed = null;
        for (SegmentList l : lists) {
            BitSet one = l.decode(replacedBefore);
            if (indexed == null) {
                indexed = one;
            } else {
                indexed.and(one);
            }
            if (indexed.isEmpty()) {
                break;
            }
        }
        return indexed;
    }

    /** One search word's posting lists, by segment. */
    private record SegmentList(List<Long> segments, List<byte[]> lists) {
        BitSet decode(Map<Long, Long> replacedBefore) {
            BitSet out = new BitSet();
            for (int i = 0; i < segments.size(); i++) {
                long segment = segments.get(i);
                Postings.decodeInto(lists.get(i), out, replacedBefore.isEmpty() ? id -> false : id -> {
                    Long before = replacedBefore.get(id);
                    return before != null && segment < before;
                });
            }
            return out;
        }
    }

    private static SegmentList postings(Connection c, String word) throws SQLException {
        boolean prefix = word.length() >= SearchTerms.PREFIX_FROM;
        List<Long> segments = new ArrayList<>();
        List<byte[]> lists = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select segment, applicants from search_posting where term "
                + (prefix ? "like ? escape '\\'" : "= ?"))) {
            q.setString(1, prefix ? QueuePages.escapeLike(word) + "%" : word);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    segments.add(r.getLong(1));
                    lists.add(r.getBytes(2));
                }
            }
        }
        return new SegmentList(segments, lists);
    }

    /** For each case with a newer version than its indexed one: the segment before which its entries are stale. */
    private static Map<Long, Long> superseded(Connection c) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select applicant_id, max(segment) from search_superseded group by applicant_id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.put(r.getLong(1), r.getLong(2));
            }
        }
        return out;
    }

    /** Cases whose current version waits for the index: read and matched here; true when it matches. */
    private static Map<Long, Boolean> queuedMatches(Connection c, List<String> words) throws SQLException {
        Map<Long, Boolean> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select a.id, a.applicant_id, a.full_name, v.text from search_pending p "
                + "join resume_version v on v.id = p.version_id "
                + "join applicant a on a.id = v.applicant_id and a.current_version = v.version_no");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.put(r.getLong(1), SearchTerms.allMatch(words, SearchTerms.of(r.getString(2), r.getString(3), r.getString(4))));
            }
        }
        return out;
    }

    static int bit(long applicantRowId) {
        return Math.toIntExact(applicantRowId);
    }
}
