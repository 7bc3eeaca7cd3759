package org.secondlook.analysis;

/**
 * Letter-spaced capitals ("A K R O N   P O L I C E", a heading style PDF conversion keeps): the single
 * space between two single capital letters of a run of at least three is dropped, so the word reads
 * "akron"; two or more spaces still part words. Asked only at a space, it reads a few characters either
 * side.
 */
final class SpacedLetters {
    private SpacedLetters() {
    }

    /** The space at {@code i} stands between two single capitals of a spaced run of three or more. */
    static boolean inside(char[] s, int i, int n) {
        if (i < 1 || i + 1 >= n || !single(s, i - 1, n) || !single(s, i + 1, n)) {
            return false;
        }
        return i >= 3 && s[i - 2] == ' ' && single(s, i - 3, n) || i + 3 < n && s[i + 2] == ' ' && single(s, i + 3, n);
    }

    /** An upper-case letter at {@code j} with no letter or digit right beside it. */
    private static boolean single(char[] s, int j, int n) {
        return j >= 0 && j < n && Character.isUpperCase(s[j])
                && (j == 0 || !Character.isLetterOrDigit(s[j - 1])) && (j + 1 >= n || !Character.isLetterOrDigit(s[j + 1]));
    }
}
