package org.secondlook.analysis;

import java.util.Set;

/**
 * A title named as the span of someone's career, the way short third-person bios and prose résumés
 * say it: "spent eight years as a deputy with ...", "after a 20-year career as a special agent",
 * "served five years as an officer". The title follows "as a"/"an" and a word of a career's length
 * stands a few words back in the same sentence, on the same line. Reads only those few words.
 */
final class CareerSpan {
    /** How far (tokens) back from "as a" a career word may stand ("spent thirteen years, from 2002 to 2015, as an"). */
    private static final int REACH = 12;
    private static final Set<String> CAREER_WORDS = Set.of("spent", "career", "careers", "tenure", "decade", "decades");

    private CareerSpan() {
    }

    /** True when the title starting at token {@code first} is the span of a career ("spent ... as a deputy"). */
    static boolean careerTitle(NormalizedText text, Tokens t, int first) {
        if (first < 3 || !sameLine(t, first - 2, first)) {
            return false;
        }
        String article = t.text(text, first - 1);
        if (!(article.equals("a") || article.equals("an")) || !t.text(text, first - 2).equals("as")) {
            return false;
        }
        for (int i = first - 3; i >= Math.max(0, first - 2 - REACH) && sameLine(t, i, first); i--) {
            if (sentenceEndAfter(text, t, i)) {
                return false;
            }
            if (CAREER_WORDS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** A full stop, "!", "?" or ";" between token {@code i} and the next. */
    private static boolean sentenceEndAfter(NormalizedText text, Tokens t, int i) {
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            char ch = text.chars[c];
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';') {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLine(Tokens t, int i, int j) {
        return t.line[i] == t.line[j];
    }
}
