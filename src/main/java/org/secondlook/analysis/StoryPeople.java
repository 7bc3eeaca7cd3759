package org.secondlook.analysis;

import java.util.Set;

/**
 * People an accomplishment story is about, not the applicant: a title after "a"/"an" that a verb of
 * helping or leading takes as its object ("my bulletin led a detective to the car", "helped a deputy"),
 * and a title followed by "and his/her/their" ("a young police officer and his wife had been turned down").
 * Reads only the few words around the title.
 */
final class StoryPeople {
    /** Verbs whose object after "a"/"an" is someone the applicant dealt with. */
    private static final Set<String> OBJECT_VERBS = Set.of("led", "helped", "assisted", "told", "asked", "alerted",
            "notified", "briefed", "advised", "coached", "mentored", "referred");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    private StoryPeople() {
    }

    /** True when the title at tokens {@code first} to {@code last} (exclusive) is someone else in a story. */
    static boolean someoneElse(NormalizedText text, Tokens t, int first, int last) {
        int article = articleBefore(text, t, first);
        if (article > 0 && sameLine(t, article - 1, first) && OBJECT_VERBS.contains(t.text(text, article - 1))) {
            return true;
        }
        if (article >= 0 && last + 1 < t.count && sameLine(t, first, last + 1) && "and".equals(t.text(text, last))
                && POSSESSIVES.contains(t.text(text, last + 1))) {
            return true;
        }
        return false;
    }

    /** The "a"/"an" token at most two words before the title, or -1. */
    private static int articleBefore(NormalizedText text, Tokens t, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3) && sameLine(t, i, first); i--) {
            String w = t.text(text, i);
            if (w.equals("a") || w.equals("an")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameLine(Tokens t, int i, int j) {
        return t.line[i] == t.line[j];
    }
}
