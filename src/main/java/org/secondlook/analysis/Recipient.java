package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * A letter's recipient: a title on the salutation line ("Dear Sheriff Tolliver,"), on an "Attn:" or
 * "To:" line, or in the address block right above the salutation ("Sheriff Dale Maddox / Greene County
 * Sheriff's Office" over "Dear Sheriff Maddox") names the person the letter goes to, never the
 * applicant's own service. Finds the salutation once, on the first title that asks; looks only at the
 * lines near the top.
 */
final class Recipient extends Passage {
    /** Lines from the top where a letter's salutation may stand. */
    private static final int OPENING_LINES = 30;
    /** Lines of an address block above the salutation. */
    private static final int ADDRESS_LINES = 6;
    private static final Set<String> FIELD_WORDS = Set.of("attn", "attention", "to");
    /** The salutation's line, or -1 (computed once). */
    private int salutation = -2;

    Recipient(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** The title at token {@code first} names the letter's recipient. */
    boolean addressed(int first) {
        int ln = t.line[first];
        int head = t.firstTokenOfLine(ln);
        if (head < first && ("dear".equals(t.text(text, head)) || FIELD_WORDS.contains(t.text(text, head)) && colonAfter(head))) {
            return true;
        }
        int s = salutation();
        return s > ln && s - ln <= ADDRESS_LINES && block(ln, s);
    }

    /** Only line breaks, and at most one blank line right above the salutation, between line {@code ln} and it. */
    private boolean block(int ln, int s) {
        int blanks = 0;
        for (int l = ln + 1; l < s; l++) {
            int i = t.firstTokenOfLine(l);
            if (i >= t.count || t.line[i] != l) {
                if (++blanks > 1 || l != s - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean colonAfter(int i) {
        int c = t.end[i];
        while (c < text.length && text.chars[c] == ' ') {
            c++;
        }
        return c < text.length && text.chars[c] == ':';
    }

    private int salutation() {
        if (salutation == -2) {
            salutation = -1;
            for (int l = 0; l < Math.min(t.lines, OPENING_LINES); l++) {
                int i = t.firstTokenOfLine(l);
                if (i < t.count && t.line[i] == l && "dear".equals(t.text(text, i))) {
                    salutation = l;
                    break;
                }
            }
        }
        return salutation;
    }
}
