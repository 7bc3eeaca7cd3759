package org.secondlook.analysis;

/**
 * "Patrol" as an entry's own title, the way officers write it: capitalized and standing as a field of
 * its own — opening its line or bullet ("- Patrol, Southeast Area Command (2012-2016)") or set off by
 * separators on a head line ("Chicago Police Department - Patrol - 2010-2017"). In running text ("Patrol
 * rounds, access control") or lower case ("foot patrol") it is a duty, not a title. The reading counts
 * it only for a résumé with no other law-enforcement or policy-dependent role, and only beside an agency.
 */
final class PatrolTitle {
    private static final String SEPARATORS = "-\u2013\u2014|,:;(/";

    private PatrolTitle() {
    }

    static boolean candidate(String original, NormalizedText text, Tokens t, PhraseMatcher.Match m) {
        if (m.last() - m.first() != 1 || m.phrase().kind() != Phrase.Kind.RANK || !t.text(text, m.first()).equals("patrol")) {
            return false;
        }
        int s = text.originalStart(t.start[m.first()]);
        int e = text.originalEnd(t.end[m.first()]);
        return Character.isUpperCase(original.charAt(s)) && fieldStart(original, s) && fieldEnd(original, e);
    }

    /** Only spaces, then a separator, a bullet or the line's start before the word. */
    private static boolean fieldStart(String original, int s) {
        int i = s - 1;
        while (i >= 0 && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || original.charAt(i) == '\n' || SEPARATORS.indexOf(original.charAt(i)) >= 0) {
            return true;
        }
        char c = original.charAt(i); // a bullet glyph opening the line ("* Patrol", "• Patrol")
        return !Character.isLetterOrDigit(c) && (i == 0 || original.charAt(i - 1) == '\n' || Character.isWhitespace(original.charAt(i - 1)));
    }

    /** Only spaces, then a separator, a date or the line's end after the word. */
    private static boolean fieldEnd(String original, int e) {
        int i = e;
        while (i < original.length() && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i++;
        }
        return i >= original.length() || original.charAt(i) == '\n' || original.charAt(i) == '\r'
                || SEPARATORS.indexOf(original.charAt(i)) >= 0 || Character.isDigit(original.charAt(i));
    }
}
