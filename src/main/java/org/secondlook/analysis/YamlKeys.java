package org.secondlook.analysis;

/**
 * Lines of a résumé kept as a YAML source file ({@code - title: "Officer"} over {@code   org: "... Police
 * Department"}): a bare key and a colon open the line, after an optional list dash. The fields of one list
 * item are one entry, not a bullet and its wrapped duty text.
 */
final class YamlKeys {
    /** The longest key read ("employer", "start_date", "organization"). */
    private static final int MAX_KEY = 30;
    /** The deepest indent read before a key. */
    private static final int MAX_INDENT = 40;

    private YamlKeys() {
    }

    /** True when {@code original[from, end)} opens, after spaces and an optional "- ", with {@code key:} and a space or its end. */
    static boolean keyLine(String original, int from, int end) {
        int i = from;
        while (i < end && i - from <= MAX_INDENT && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < end && original.charAt(i) == '-' && original.charAt(i + 1) == ' ') {
            i += 2;
        }
        int key = i;
        while (i < end && i - key <= MAX_KEY
                && (Character.isLetterOrDigit(original.charAt(i)) || original.charAt(i) == '_' || original.charAt(i) == '-')) {
            i++;
        }
        return i > key && i - key <= MAX_KEY && i < end && original.charAt(i) == ':'
                && (i + 1 == end || original.charAt(i + 1) == ' ' || original.charAt(i + 1) == '\n' || original.charAt(i + 1) == '\r');
    }
}
