package org.secondlook.analysis;

import java.util.Arrays;

/**
 * The words of a normalised text: runs of letters and digits, each with its span, its vocabulary id
 * (-1 for words no lexicon uses) and its line number. Lines break at newlines.
 */
final class Tokens {
    int count;
    int[] start;
    int[] end;
    int[] word;
    int[] line;
    /** Normalised offset where each line starts; {@code lineStart[lines]} is the text length. */
    int[] lineStart;
    int lines;

    /** The normalised text of word {@code i}. */
    String text(NormalizedText text, int i) {
        return text.slice(start[i], end[i]);
    }

    /** Whether line {@code l} holds nothing but white space. */
    boolean blankLine(NormalizedText text, int l) {
        for (int i = lineStart[l]; i < lineStart[l + 1]; i++) {
            if (!Character.isWhitespace(text.chars[i])) {
                return false;
            }
        }
        return true;
    }

    static Tokens of(NormalizedText t, Vocabulary vocab) {
        Tokens k = new Tokens();
        int cap = Math.max(16, t.length / 5);
        k.start = new int[cap];
        k.end = new int[cap];
        k.word = new int[cap];
        k.line = new int[cap];
        k.lineStart = new int[Math.max(16, t.length / 40)];
        char[] a = t.chars;
        int n = t.length;
        int ln = 0;
        k.lineStart[0] = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '\n') {
                ln++;
                if (ln >= k.lineStart.length) {
                    k.lineStart = Arrays.copyOf(k.lineStart, ln * 2);
                }
                k.lineStart[ln] = i + 1;
                i++;
                continue;
            }
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            int h = 0;
            while (i < n && wordChar(a[i])) {
                h = 31 * h + a[i];
                i++;
            }
            if (k.count == k.start.length) {
                int c2 = k.count * 2;
                k.start = Arrays.copyOf(k.start, c2);
                k.end = Arrays.copyOf(k.end, c2);
                k.word = Arrays.copyOf(k.word, c2);
                k.line = Arrays.copyOf(k.line, c2);
            }
            k.start[k.count] = s;
            k.end[k.count] = i;
            k.word[k.count] = i - s > 40 ? -1 : vocab.idOf(a, s, i, h);
            k.line[k.count] = ln;
            k.count++;
        }
        k.lines = ln + 1;
        if (k.lines >= k.lineStart.length) {
            k.lineStart = Arrays.copyOf(k.lineStart, k.lines + 1);
        }
        k.lineStart[k.lines] = n;
        return k;
    }

    /** Which ASCII chars are word chars (letters and digits): one load instead of three range tests. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
    }

    static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** First token index at or after line {@code ln} (binary search). */
    int firstTokenOfLine(int ln) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (line[mid] < ln) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
