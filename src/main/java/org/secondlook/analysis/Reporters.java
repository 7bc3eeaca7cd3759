package org.secondlook.analysis;

import java.util.Set;

/**
 * A lower-case title right before a verb of reporting is the person who checked or told something
 * ("investigator confirmed this was an acting role only", "deputy advised the subject"), the subject of a
 * sentence in someone's notes, not the applicant's own title. Reads the one word after the title.
 */
final class Reporters {
    private static final Set<String> REPORTING = Set.of("confirmed", "verified", "reported", "noted", "stated", "said",
            "advised", "indicated", "explained", "contacted", "interviewed", "called", "found", "wrote", "told");

    private Reporters() {
    }

    /** True when the lower-case title ending before token {@code last} is followed, after one space, by a verb of reporting. */
    static boolean reporting(String original, NormalizedText text, Tokens t, int first, int last) {
        if (last >= t.count || t.line[last] != t.line[last - 1] || t.start[last] - t.end[last - 1] != 1
                || text.chars[t.end[last - 1]] != ' ' || Character.isUpperCase(original.charAt(text.originalStart(t.start[first])))) {
            return false;
        }
        return REPORTING.contains(t.text(text, last));
    }
}
