package org.secondlook.analysis;

import java.util.Set;

/**
 * A title named as the span of someone's career, the way short third-person bios and prose résumés
 * say it: "spent eight years as a deputy with ...", "after a 20-year career as a special agent",
 * "served five years as an officer", "3 years (2018-2021) as a police officer with ...". The title follows "as a"/"an" and a word of a career's length
 * stands a few words back in the same sentence, on the same line. Reads only those few words.
 */
final class CareerSpan {
    /** How far (tokens) back from "as a" a career word may stand ("spent thirteen years, from 2002 to 2015, as an"). */
    private static final int REACH = 12;
    private static final Set<String> CAREER_WORDS = Set.of("spent", "career", "careers", "tenure", "decade", "decades",
            "years", "yrs");

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
            if (Sentences.endAfter(text, t, i)) {
                return false;
            }
            if (CAREER_WORDS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "served as an officer for a decade", "worked as an officer, mostly nights", "I was an officer for six
     * years": a lower-case bare "officer" right after "served/worked as an" or "I was an", with no organization after it (no "of", "in", "on", "at", "with"),
     * names the person's own job without saying where: a bare officer for a person to read.
     */
    static boolean servedAsBareOfficer(NormalizedText text, Tokens t, int first, int last) {
        if (first < 3 || !sameLine(t, first - 3, first) || !t.text(text, first - 1).equals("an")) {
            return false;
        }
        boolean served = t.text(text, first - 2).equals("as") && SERVED.contains(t.text(text, first - 3));
        boolean iWas = t.text(text, first - 2).equals("was") && t.text(text, first - 3).equals("i"); // "I was an officer for six years"
        if (!served && !iWas) {
            return false;
        }
        if (last >= t.count || t.line[last] != t.line[first]) {
            return true;
        }
        String next = t.text(text, last);
        return next.equals("for") ? forATime(text, t, last + 1) : !PLACE_WORDS.contains(next);
    }

    /** "for a decade", "for 12 years": a length of time (a unit within three words), not an employer ("for Elm Bank"). */
    private static boolean forATime(NormalizedText text, Tokens t, int from) {
        for (int i = from; i < Math.min(t.count, from + 3) && t.line[i] == t.line[from - 1]; i++) {
            if (TIME_UNITS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SERVED = Set.of("served", "worked", "serving", "working");
    private static final Set<String> PLACE_WORDS = Set.of("of", "in", "on", "at", "with", "and", "or", "aboard");
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "decade", "decades", "months", "yrs");

    private static boolean sameLine(Tokens t, int i, int j) {
        return t.line[i] == t.line[j];
    }
}
