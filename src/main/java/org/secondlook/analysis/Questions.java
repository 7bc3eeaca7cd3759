package org.secondlook.analysis;

/**
 * A title inside a question ("Q: Have you ever worked as a police officer or deputy?") is what
 * someone asks about, not a claim of the applicant's own service: the sentence that holds it, on
 * its own line, ends with a question mark. Reads at most the next 200 characters of the title's line.
 */
final class Questions {
    /** How far (chars) after the title its sentence may end: bounded, so a huge one-line text stays linear. */
    private static final int SENTENCE_REACH = 200;

    private Questions() {
    }

    /** The sentence from token {@code last} (exclusive end of a match) to its end on the line is a question. */
    static boolean asked(NormalizedText text, Tokens t, int last) {
        if (last <= 0) {
            return false;
        }
        int ln = t.line[last - 1];
        int end = Math.min(t.lineStart[ln + 1], t.end[last - 1] + SENTENCE_REACH);
        for (int i = t.end[last - 1]; i < end; i++) {
            char c = text.chars[i];
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == ';' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
