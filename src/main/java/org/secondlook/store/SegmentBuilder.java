package org.secondlook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final Set<Long> applicants = new HashSet<>();
    private final List<Long> replacing = new ArrayList<>();
    private final List<Long> versions = new ArrayList<>();

    /** Adds a case's current version; {@code replacesEarlier} when the case had a version before it. */
    void add(long applicant, long versionId, Iterable<String> terms, boolean replacesEarlier) {
        if (!applicants.add(applicant)) {
            throw new IllegalArgumentException("A case can be in a segment only once");
        }
        for (String t : terms) {
            words.computeIfAbsent(t, k -> new Ids()).add(applicant);
        }
        if (replacesEarlier) {
            replacing.add(applicant);
        }
        versions.add(versionId);
    }

    boolean contains(long applicant) {
        return applicants.contains(applicant);
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
        SearchIndex.writeSegment(c, words, replacing, versions);
    }
}
