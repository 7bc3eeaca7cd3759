package org.secondlook.analysis;

/**
 * A title inside a question ("Q: Have you ever worked as a police officer or deputy?") is what
 * someone asks about, not a claim of the applicant's own service: the sentence that holds it, on
 * its own line, ends with a question mark. Reads only the rest of the title's line.
 */
final class Questions {
    private Questions() {
    }

    /** The sentence from token {@code last} (exclusive end of a match) to its end on the line is a question. */
    static boolean asked(NormalizedText text, Tokens t, int last) {
        if (last <= 0) {
            return false;
        }
        int ln = t.line[last - 1];
        int end = t.lineStart[ln + 1];
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
