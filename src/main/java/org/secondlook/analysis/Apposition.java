package org.secondlook.analysis;

import java.util.Set;

/**
 * A title in apposition to a person the applicant names with a possessive ("My Explorer advisor, a
 * sheriff's sergeant, became my mentor"; "her supervisor, a police lieutenant"): it describes that
 * person, not the applicant. Reads only the few words before the title.
 */
final class Apposition {
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their");
    /** Nouns for a person someone has: relatives, mentors, supervisors and friends. */
    private static final Set<String> PEOPLE = Set.of("advisor", "adviser", "mentor", "supervisor", "coach", "father",
            "mother", "dad", "mom", "uncle", "aunt", "brother", "sister", "husband", "wife", "son", "daughter", "cousin",
            "grandfather", "grandmother", "grandpa", "grandma", "friend", "neighbor", "partner", "boss", "instructor",
            "teacher", "sponsor", "reference", "counselor", "stepfather", "stepmother", "fiance", "fiancee", "roommate",
            "landlord", "coworker", "colleague");
    /** How many words before the person's noun a possessive may stand ("my first Explorer advisor"). */
    private static final int POSSESSIVE_REACH = 3;

    private Apposition() {
    }

    /** True when token {@code first} opens a title set off after "<possessive> ... <person>, a". */
    static boolean ofSomeoneElse(NormalizedText text, Tokens t, int first) {
        if (first < 3 || t.line[first - 2] != t.line[first]) {
            return false;
        }
        String article = t.text(text, first - 1);
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        int noun = first - 2;
        boolean comma = false;
        for (int c = t.end[noun]; c < t.start[first - 1]; c++) {
            char ch = text.chars[c];
            if (ch == ',') {
                comma = true;
            } else if (ch != ' ') {
                return false;
            }
        }
        if (!comma || !PEOPLE.contains(t.text(text, noun))) {
            return false;
        }
        for (int i = noun - 1; i >= Math.max(0, noun - POSSESSIVE_REACH) && t.line[i] == t.line[noun]; i--) {
            if (POSSESSIVES.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** "a mother of three": a one-word relative noun (tokens {@code f} to {@code last}) between "a"/"an" and "of", on one line. */
    static boolean parentOfSome(NormalizedText text, Tokens t, int f, int last) {
        return last - f == 1 && f > 0 && last < t.count && t.line[f - 1] == t.line[f] && t.line[last] == t.line[f]
                && (t.text(text, f - 1).equals("a") || t.text(text, f - 1).equals("an")) && t.text(text, last).equals("of");
    }
}
