package org.secondlook.intake;

/**
 * Characters no id, name or résumé should hold: C0 controls other than tab, line feed and carriage
 * return (NUL, bell, escape…), DEL, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make text display in another order than it is stored.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isHostile(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0x7F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** True for any hostile character, and for tab and line breaks too (not allowed in an id or a name). */
    static boolean isForbiddenInField(char c) {
        return isHostile(c) || c == '\t' || c == '\n' || c == '\r';
    }

    /** The first character of {@code s} not allowed in an id or a name, or -1. */
    static int firstForbiddenInField(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isForbiddenInField(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return -1;
    }

    /** A résumé text with each hostile character replaced by a space (same length, so offsets stay true). */
    record Cleaned(String text, int replaced) {
    }

    static Cleaned inResume(String text) {
        if (text == null) {
            return new Cleaned(null, 0);
        }
        char[] chars = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHostile(text.charAt(i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
                replaced++;
            }
        }
        return new Cleaned(chars == null ? text : new String(chars), replaced);
    }

    /** "U+0000" for a character. */
    static String codePoint(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }
}
