package org.secondlook.analysis;

/**
 * Sentence ends inside one line: a paragraph written on a single line ("I worked for the Miami-Dade
 * Police Department as a police officer. I patrolled in Little Haiti ...") holds several sentences, and a
 * place or a service named in another sentence says nothing about the title. A sentence ends at '.', '!'
 * or '?' after a lower-case word of two letters or more, followed by a space and a capital letter;
 * "P.D." and "Dayton PD." end none.
 */
final class Sentences {
    private Sentences() {
    }

    /** No sentence ends between normalized offsets {@code from} and {@code to} (either order). */
    static boolean same(String original, NormalizedText text, int from, int to) {
        int a = Math.min(from, to);
        int b = Math.max(from, to);
        for (int i = a; i + 2 < b; i++) {
            char c = text.chars[i];
            if ((c == '.' || c == '!' || c == '?') && i >= 2 && text.chars[i + 1] == ' ' && lowerWordEnd(original, text, i)
                    && Character.isUpperCase(original.charAt(text.originalStart(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The looser rule: a full stop after a word of two or more letters (any case, as folded), then a space and a
     * capital, between normalized offsets {@code from} and {@code to}: "Officer. No arrest powers" ends a sentence,
     * "U.S. Navy" does not; unlike {@link #same}, "Dayton PD. Then" does.
     */
    static boolean fullStopBetween(String original, NormalizedText text, int from, int to) {
        for (int i = Math.max(from, 2); i + 2 < to; i++) {
            if (text.chars[i] == '.' && text.chars[i + 1] == ' ' && Character.isLetter(text.chars[i - 1]) && Character.isLetter(text.chars[i - 2])
                    && Character.isUpperCase(original.charAt(text.originalStart(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerWordEnd(String original, NormalizedText text, int dot) {
        return Character.isLowerCase(original.charAt(text.originalStart(dot - 1)))
                && Character.isLetter(original.charAt(text.originalStart(dot - 2)));
    }

    /** A full stop, "!", "?" or ";" between token {@code i} and the next. */
    static boolean endAfter(NormalizedText text, Tokens t, int i) {
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            char ch = text.chars[c];
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';') {
                return true;
            }
        }
        return false;
    }
}
