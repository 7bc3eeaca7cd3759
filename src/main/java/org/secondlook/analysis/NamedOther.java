package org.secondlook.analysis;

import java.util.Set;

/**
 * A title before the name of someone the text goes on to describe or quote: "Police Chief Amanda Kerrigan,
 * who presented the award", "Sheriff Tom Ruiz said". A bio or a citation names the people around its
 * subject this way; the subject's own past title is said with a verb of service instead. Reads only the
 * few words after the title, on its line.
 */
final class NamedOther {
    /** Capitalized words a name may take after the title ("Amanda Kerrigan", "J. R. Hale"). */
    private static final int NAME_WORDS = 3;
    /** Verbs that make the named person the one who acts or speaks in the sentence. */
    private static final Set<String> ACTS = Set.of("said", "says", "noted", "notes", "presented", "presents", "added",
            "praised", "announced", "awarded", "honored", "thanked", "commented", "remarked", "congratulated");

    private NamedOther() {
    }

    /** True when the title ending before token {@code last} is followed by a name, then ", who" or a verb of speaking or presenting. */
    static boolean describedByName(String original, NormalizedText text, Tokens t, int last) {
        int i = last;
        int ln = last > 0 ? t.line[last - 1] : -1;
        int names = 0;
        while (i < t.count && t.line[i] == ln && names < NAME_WORDS && Character.isUpperCase(original.charAt(text.originalStart(t.start[i])))
                && spacesOrInitialBefore(text, t, i)) {
            names++;
            i++;
        }
        if (names == 0 || i >= t.count || t.line[i] != ln) {
            return false;
        }
        String next = t.text(text, i);
        if (next.equals("who") && commaBefore(text, t, i)) {
            return true;
        }
        return ACTS.contains(next) && spacesOrInitialBefore(text, t, i);
    }

    /** Only spaces (or an initial's full stop) between token {@code i} and the one before it. */
    private static boolean spacesOrInitialBefore(NormalizedText text, Tokens t, int i) {
        for (int c = t.end[i - 1]; c < t.start[i]; c++) {
            char ch = text.chars[c];
            if (ch != ' ' && !(ch == '.' && c == t.end[i - 1] && t.end[i - 1] - t.start[i - 1] == 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean commaBefore(NormalizedText text, Tokens t, int i) {
        String between = new String(text.chars, t.end[i - 1], t.start[i] - t.end[i - 1]);
        return between.trim().equals(",");
    }
}
