package org.secondlook.cli;

/** Spreadsheet safety for CSV the app writes: a cell that a spreadsheet would run as a formula is stored as text. */
final class Cells {
    private Cells() {
    }

    /** Prefixes {@code '} to text starting with {@code = + - @}, a tab or a carriage return (OWASP CSV injection). */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
