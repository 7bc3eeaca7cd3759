package org.secondlook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-index segment an import is building: for each word, the applicants (row ids) that hold it.
 * Kept as growing arrays, not one set of words per case, so a segment of tens of thousands of cases stays
 * small in memory. Written by {@link SearchIndex#writeSegment} in a writer's transaction.
 */
final class SegmentBuilder {
    /** One word's applicants, in the order added. */
    static final class Ids {
        long[] ids = new long[4];
        int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** Ascending and without repeats, as a posting list needs. */
        long[] sorted() {
            long[] out = Arrays.copyOf(ids, size);
            Arrays.sort(out);
            int n = 0;
            for (int i = 0; i < out.length; i++) {
                if (i == 0 || out[i] != out[i - 1]) {
                    out[n++] = out[i];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    private final Map<String, Ids> words = new HashMap<>();
    /** Each case in the segment and the number of the version indexed. */
    private final Map<Long, Integer> applicants = new HashMap<>();
    private final List<Long> replacing = new ArrayList<>();
    private final List<Long> versions = new ArrayList<>();

    /** Adds a case's current version, number {@code versionNo} (above 1: the case had a version before it). */
    void add(long applicant, long versionId, int versionNo, Iterable<String> terms) {
        if (applicants.putIfAbsent(applicant, versionNo) != null) {
            throw new IllegalArgumentException("A case can be in a segment only once");
        }
        for (String t : terms) {
            words.computeIfAbsent(t, k -> new Ids()).add(applicant);
        }
        if (versionNo > 1) {
            replacing.add(applicant);
        }
        versions.add(versionId);
    }

    boolean contains(long applicant) {
        return applicants.containsKey(applicant);
    }

    int size() {
        return applicants.size();
    }

    boolean isEmpty() {
        return applicants.isEmpty();
    }

    void clear() {
        words.clear();
        applicants.clear();
        replacing.clear();
        versions.clear();
    }

    /** Takes a queued version off the queue with this segment without indexing it (no longer current, or gone). */
    void skip(long versionId) {
        versions.add(versionId);
    }

    /** Writes the segment and takes its versions off the queue, in the caller's transaction. */
    void write(Connection c) throws SQLException {
        SearchIndex.writeSegment(c, this);
    }

    /** For each word, the cases holding it (the posting lists' view). */
    Map<String, Ids> words() {
        return words;
    }

    /** The cases whose earlier versions this segment replaces. */
    List<Long> replacing() {
        return replacing;
    }

    /** The queued versions this segment takes off the queue. */
    List<Long> versions() {
        return versions;
    }

    /** Each case with its words, space-separated, in the order of the cases' row ids (the full-text view). */
    List<TextSearchDocuments.Document> documents() {
        Map<Long, StringBuilder> text = new HashMap<>();
        words.forEach((word, ids) -> {
            for (int i = 0; i < ids.size; i++) {
                text.computeIfAbsent(ids.ids[i], k -> new StringBuilder()).append(word).append(' ');
            }
        });
        List<TextSearchDocuments.Document> out = new ArrayList<>(applicants.size());
        new java.util.TreeMap<>(applicants).forEach((applicant, versionNo) -> out.add(new TextSearchDocuments.Document(
                applicant, versionNo, text.getOrDefault(applicant, new StringBuilder()).toString().strip())));
        return out;
    }
}
