package org.secondlook.analysis;

/**
 * A word a file converter split at its hyphen and then lost the line break of ("Pa- trol Officer",
 * "Com- mission"): a hyphen right after a letter, one space, then a lower-case letter. The two parts are
 * joined only when together they make a word the lexicons use and the second part alone is not one, so
 * "full- and part-time" and "non- sworn" keep their words. Asked only at such a space, it reads at most
 * {@link #MAX} letters either side.
 */
final class SpaceHyphens {
    /** The longest part read on either side of the hyphen. */
    private static final int MAX = 20;

    private SpaceHyphens() {
    }

    /**
     * The space at {@code src[i]} follows a hyphen already written as {@code out[len - 1]}, and the word
     * before it and the letters after it are one lexicon word.
     */
    static boolean joins(char[] out, int len, char[] src, int i, int n, Vocabulary vocab) {
        if (vocab == null || len < 3 || out[len - 1] != '-' || src[i - 1] != '-' || i + 1 >= n
                || !Character.isLowerCase(src[i + 1])) {
            return false;
        }
        int start = len - 1;
        while (start > 0 && Character.isLetter(out[start - 1])) {
            if (len - start > MAX) {
                return false;
            }
            start--;
        }
        int first = len - 1 - start;
        if (first < 2) {
            return false;
        }
        char[] word = new char[first + MAX];
        System.arraycopy(out, start, word, 0, first);
        int w = first;
        for (int j = i + 1; j < n && w < word.length; j++) {
            char c = src[j];
            if (c < 128 ? !Character.isLetter(c) : c < '\uFB00' || c > '\uFB04') {
                if (Character.isLetterOrDigit(c)) {
                    return false; // a letter this check does not fold: leave the word alone
                }
                break;
            }
            if (c < 128) {
                word[w++] = Character.toLowerCase(c);
            } else {
                String lig = c == '\uFB00' ? "ff" : c == '\uFB01' ? "fi" : c == '\uFB02' ? "fl" : c == '\uFB03' ? "ffi" : "ffl";
                for (int k = 0; k < lig.length() && w < word.length; k++) {
                    word[w++] = lig.charAt(k);
                }
            }
        }
        return w > first && vocab.idOf(word, 0, w) >= 0 && vocab.idOf(word, first, w) < 0;
    }
}
