package org.secondlook.analysis;

/**
 * Folds résumé text for matching in one linear pass: lower case, dashes and quotes to ASCII,
 * ligatures expanded, odd whitespace and bullet glyphs to spaces, zero-width and control characters
 * to spaces, CR/LF to a single newline, words hyphenated across a line end (or at a hyphen and a space
 * that a converter left, {@link SpaceHyphens}) and letter-spaced capitals
 * ("D E T E C T I V E") re-joined, HTML tags and entities left in pasted text read as spaces, line
 * breaks and their characters ({@link Markup}). Keeps an
 * offset map so every match can be reported against the original string.
 */
final class TextNormalizer {
    /**
     * Each ASCII char folded (capitals to lower case, control chars to spaces), or 0 for the four that
     * need a look at their neighbours ('0' and '1' inside words, CR, LF): one load and a branch that is
     * almost never taken, instead of a chain of range tests per char.
     */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 32 || c == 127 ? ' ' : c;
        }
        ASCII['0'] = 0;
        ASCII['1'] = 0;
        ASCII['\r'] = 0;
        ASCII['\n'] = 0;
    }

    /** In {@link #WIDE}: the char needs the full reading below (a multi-char fold, a surrogate, a fold of its own). */
    private static final char SPECIAL = '\uFFFF';
    /** In {@link #WIDE}: the char is dropped (zero-width joiners, marks, BOM). */
    private static final char DROP = '\uFFFE';
    /**
     * Each non-ASCII char folded to one char, {@link #DROP} or {@link #SPECIAL}: the same reading as the slow path below,
     * done once per char value instead of once per char of text (Character.getType was a tenth of `analyze`'s time).
     */
    private static final char[] WIDE = new char[65536];

    static {
        for (int c = 128; c < 65536; c++) {
            WIDE[c] = c >= DROP || fold((char) c) != null || Character.isSurrogate((char) c) ? SPECIAL
                    : Character.getType(c) == Character.FORMAT ? DROP : single((char) c);
        }
    }

    /** The one char a non-ASCII char with no fold of its own reads as. */
    private static char single(char c) {
        char l = Character.toLowerCase(c);
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            l = ' ';
        } else if (c >= '\uFF01' && c <= '\uFF5E') {
            l = Character.toLowerCase((char) (c - 0xFEE0));
        } else if (Character.isSpaceChar(c)) {
            l = ' ';
        }
        return l;
    }

    /** The lexicons' words, for joining a word split at a hyphen and a space; null joins none. */
    private final Vocabulary vocab;

    TextNormalizer() {
        this(null);
    }

    TextNormalizer(Vocabulary vocab) {
        this.vocab = vocab;
    }

    NormalizedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n + 16];
        int[] breakNorm = new int[8];
        int[] breakOrig = new int[8];
        int breaks = 0;
        int shift = 0;
        int len = 0;
        char[] src = text.toCharArray();
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (len + 3 >= out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (i - len != shift && breaks == breakNorm.length) {
                breakNorm = java.util.Arrays.copyOf(breakNorm, breaks * 2);
                breakOrig = java.util.Arrays.copyOf(breakOrig, breaks * 2);
            }
            if (c == '<' || c == '&') {
                int end = c == '<' ? Markup.tagEnd(src, i, n) : Markup.entityEnd(src, i, n);
                if (end > 0) {
                    while (len + (end - i) + 3 >= out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    if (i - len != shift) {
                        shift = i - len;
                        breakNorm[breaks] = len;
                        breakOrig[breaks++] = i;
                    }
                    out[len++] = c == '&' ? Markup.entityChar(src, i, end) : Markup.breaksLine(src, i, end) ? '\n' : ' ';
                    for (int k = i + 1; k < end; k++) {
                        out[len++] = ' '; // one char for each: the offset map needs no new break
                    }
                    i = end - 1;
                    continue;
                }
            }
            if (c < 128) {
                char folded = ASCII[c];
                if (c == ' ' && SpacedLetters.inside(src, i, n)) {
                    continue; // letter-spaced capitals: "P O L I C E" -> "police", the offset map keeps each letter
                }
                if (c == ' ' && len > 0 && out[len - 1] == '-' && SpaceHyphens.joins(out, len, src, i, n, vocab)) {
                    len--;
                    continue; // "Pa- trol" -> "patrol": see SpaceHyphens
                }
                if (folded != 0) {
                    c = folded;
                } else if (c == '0' || c == '1') {
                    if (c == '0' && len >= 2 && Character.isLetter(out[len - 1]) && !Character.isLetterOrDigit(out[len - 2])
                            && (i + 1 == n || !Character.isLetterOrDigit(src[i + 1]))) {
                        c = 'o'; // scanned two-letter words: "N0 M1LITARY P0LICE", "T0"
                    } else if (i + 1 < n && Character.isLetter(src[i + 1])) {
                        // scanned text: "0fficer", "P0lice", "Vi1lage": a digit inside a word is a letter
                        boolean afterLetter = len > 0 && Character.isLetter(out[len - 1]);
                        if (afterLetter || (c == '0' && (len == 0 || !Character.isLetterOrDigit(out[len - 1])))) {
                            // between capitals a one is a capital I ("M1LITARY P0L1CE"), elsewhere an l ("Vi1lage")
                            c = c == '0' ? 'o' : i > 0 && Character.isUpperCase(src[i - 1]) && Character.isUpperCase(src[i + 1]) ? 'i' : 'l';
                        }
                    }
                } else if (c == '\r') {
                    if (i + 1 < n && src[i + 1] == '\n') {
                        continue;
                    }
                    c = '\n';
                } else if (len >= 2 && out[len - 1] == '-' && Character.isLetter(out[len - 2])
                        && i + 1 < n && (Character.isLowerCase(src[i + 1])
                        || (i >= 2 && Character.isUpperCase(src[i - 2]) && Character.isUpperCase(src[i + 1])
                            && i + 2 < n && Character.isUpperCase(src[i + 2])))) {
                    // LF: a word hyphenated across a line end: "offi-\ncer" -> "officer"
                    len--;
                    continue;
                }
                if (i - len != shift) {
                    shift = i - len;
                    breakNorm[breaks] = len;
                    breakOrig[breaks++] = i;
                }
                out[len++] = c;
                continue;
            }
            char w = WIDE[c];
            if (w == DROP) {
                continue;
            }
            if (w != SPECIAL) {
                if (i - len != shift) {
                    shift = i - len;
                    breakNorm[breaks] = len;
                    breakOrig[breaks++] = i;
                }
                out[len++] = w;
                continue;
            }
            String fold = fold(c);
            if (fold == null) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
                    if (i - len != shift) {
                        shift = i - len;
                        breakNorm[breaks] = len;
                        breakOrig[breaks++] = i;
                    }
                    out[len++] = ' ';
                    i++;
                    continue;
                }
                if (Character.getType(c) == Character.FORMAT) {
                    continue; // zero-width joiners, marks, BOM: dropped
                }
                char l = single(c);
                if (i - len != shift) {
                    shift = i - len;
                    breakNorm[breaks] = len;
                    breakOrig[breaks++] = i;
                }
                out[len++] = l;
            } else {
                for (int k = 0; k < fold.length(); k++) {
                    if (breaks + 1 >= breakNorm.length) {
                        breakNorm = java.util.Arrays.copyOf(breakNorm, breakNorm.length * 2);
                        breakOrig = java.util.Arrays.copyOf(breakOrig, breakOrig.length * 2);
                    }
                    if (i - len != shift) {
                        shift = i - len;
                        breakNorm[breaks] = len;
                        breakOrig[breaks++] = i;
                    }
                    out[len++] = fold.charAt(k);
                }
            }
        }
        return new NormalizedText(text, out, len, breakNorm, breakOrig, breaks);
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4': case '\uFF07':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return "\"";
            case '\uFB00': return "ff";
            case '\uFB01': return "fi";
            case '\uFB02': return "fl";
            case '\uFB03': return "ffi";
            case '\uFB04': return "ffl";
            case '\uFB05': case '\uFB06': return "st";
            case '\u2022': case '\u2023': case '\u25AA': case '\u25AB': case '\u25CF': case '\u25E6': case '\u25A0':
            case '\u25A1': case '\u2043': case '\u00B7': case '\u2219': case '\uF0B7': case '\uF0A7': case '\u27A2':
                return " ";
            case '\u2028': case '\u2029': case '\u0085':
                return "\n";
            case '\u00AD':
                return "";
            default:
                return null;
        }
    }
}
