package org.secondlook.intake;

/**
 * What a message may repeat of a refused value: at most {@value #MAX} characters, control and
 * direction-changing characters shown as {@code �}, so a 50 MB line or a 1 MB id is never echoed
 * and nothing a sender wrote can rearrange the terminal.
 */
public final class Quote {
    public static final int MAX = 80;

    private Quote() {
    }

    /** {@code value} made safe to print: at most 80 characters (the last one "…" when cut). */
    public static String of(String value) {
        if (value == null) {
            return null;
        }
        boolean cut = value.length() > MAX;
        String head = cut ? value.substring(0, MAX - 1) : value;
        StringBuilder sb = new StringBuilder(head.length() + 1);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            sb.append(ControlCharacters.isHostile(c) || c == '\n' || c == '\r' || c == '\t' ? '\uFFFD' : c);
        }
        if (cut) {
            sb.append('…');
        }
        return sb.toString();
    }
}
