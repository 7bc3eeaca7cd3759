package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase the matcher read across a line break from the end of a bullet into the next entry's title line
 * ("  - Driver training program" over "Officer, California Highway Patrol, 2014-2020" read as "program
 * officer"): the lower line is not a bullet and opens with the phrase's lower part, then a comma, so it is a
 * title line of its own; or a heading word in capitals alone on its line over a title line ("EMPLOYMENT" over
 * "Officer ....... 2004-2010" read as "employment officer"). Such a match is replaced by the longest phrase
 * that starts on the lower line. Reads the few characters that open the two lines.
 */
final class BulletBreaks {
    private static final String BULLETS = "-*\u2022\u2023\u25AA\u25CF\u25E6\u25A0\u2043\u00B7\u2219>";
    /** How far into a line its bullet may stand. */
    private static final int INDENT = 8;

    private BulletBreaks() {
    }

    static List<PhraseMatcher.Match> split(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches,
            PhraseMatcher body) {
        List<PhraseMatcher.Match> out = null;
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            int low = t.line[m.last() - 1];
            if (t.line[m.first()] == low || m.phrase().kind() == Phrase.Kind.ROLE) {
                if (out != null) {
                    out.add(m);
                }
                continue;
            }
            int opening = t.firstTokenOfLine(low);
            int after = t.end[m.last() - 1];
            boolean titleLine = after < text.length && text.chars[after] == ',' && bullet(original, text, t, t.line[m.first()])
                    && !bullet(original, text, t, low);
            PhraseMatcher.Match lower = opening > m.first() && (titleLine || capitalHeading(original, text, t, m.first(), opening))
                    ? body.matchAt(t, opening) : null;
            if (lower != null && out == null) {
                out = new ArrayList<>(matches.subList(0, k));
            }
            if (out != null) {
                out.add(lower != null ? lower : m);
            }
        }
        return out == null ? matches : out;
    }

    /**
     * The phrase's upper part is one word in capitals alone on its line, a heading ("EMPLOYMENT" over "Officer ..."),
     * and the lower line's word is not in capitals too ("SECURITY" over "OFFICER" is one title in a narrow column).
     */
    private static boolean capitalHeading(String original, NormalizedText text, Tokens t, int first, int opening) {
        if (opening != first + 1 || first > 0 && t.line[first - 1] == t.line[first]) {
            return false;
        }
        return capitals(original, text, t, first) && !capitals(original, text, t, opening);
    }

    /** Token {@code i} is written in capitals, three letters or more ("EMPLOYMENT", not "Officer"). */
    private static boolean capitals(String original, NormalizedText text, Tokens t, int i) {
        int s = text.originalStart(t.start[i]);
        int e = text.originalEnd(t.end[i]);
        return e - s >= 3 && original.substring(s, e).chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Line {@code l} opens with a bullet glyph or a dash, after at most {@link #INDENT} spaces. */
    private static boolean bullet(String original, NormalizedText text, Tokens t, int l) {
        int from = text.originalStart(t.lineStart[l]);
        for (int c = from; c < Math.min(original.length(), from + INDENT); c++) {
            char ch = original.charAt(c);
            if (BULLETS.indexOf(ch) >= 0) {
                return true;
            }
            if (ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return false;
    }
}
