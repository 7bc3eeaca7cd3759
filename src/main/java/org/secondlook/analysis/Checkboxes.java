package org.secondlook.analysis;

/**
 * Forms and questionnaires list options with a box before each: "[x] Block Watch captain" is
 * claimed, "[ ] Current or former sworn law enforcement officer" is an option the applicant left
 * unticked, so nothing on that line is a claim.
 */
final class Checkboxes {
    private Checkboxes() {
    }

    /** The line opens (after spaces and a bullet mark) with an empty box: "[ ]", "[]", "( )" or "☐". */
    static boolean unticked(String original, NormalizedText text, Tokens t, int line) {
        int from = text.originalStart(t.lineStart[line]);
        int i = from;
        while (i < original.length() && (original.charAt(i) == ' ' || original.charAt(i) == '\t'
                || original.charAt(i) == '-' || original.charAt(i) == '\u2022')) {
            i++;
        }
        if (i < original.length() && original.charAt(i) == '\u2610') {
            return true;
        }
        if (i >= original.length() || original.charAt(i) != '[' && original.charAt(i) != '(') {
            return false;
        }
        char close = original.charAt(i) == '[' ? ']' : ')';
        for (int j = i + 1; j < original.length() && j <= i + 4; j++) {
            char c = original.charAt(j);
            if (c == close) {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }
}
