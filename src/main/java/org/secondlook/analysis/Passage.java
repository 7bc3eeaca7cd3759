package org.secondlook.analysis;

import java.util.List;

/**
 * One résumé as the rules see it: the original text, its folded form, its words and the lexicon
 * matches. The readers of context around a title ({@link Context}, {@link Cues}, {@link Words})
 * share it.
 */
abstract class Passage {
    protected final String original;
    protected final NormalizedText text;
    protected final Tokens t;
    protected final List<PhraseMatcher.Match> matches;

    Passage(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        this.original = original;
        this.text = text;
        this.t = t;
        this.matches = matches;
    }

    /** How many spaces and tabs open line {@code l}. */
    protected final int indent(int l) {
        int i = t.lineStart[l];
        while (i < t.lineStart[l + 1] && (text.chars[i] == ' ' || text.chars[i] == '\t')) {
            i++;
        }
        return i - t.lineStart[l];
    }

    /** Token {@code i} when it is on the same line as token {@code of} and joined to the next by spaces only. */
    protected final String word(int i, int of) {
        if (i < 0 || t.line[i] != t.line[of]) {
            return null;
        }
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            if (text.chars[c] != ' ') {
                return null;
            }
        }
        return t.text(text, i);
    }
}
