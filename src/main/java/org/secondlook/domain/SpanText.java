package org.secondlook.domain;

/**
 * The résumé text a span points at, as the workbook's Evidence sheet shows it: offsets clamped to the text
 * (a span past its end shows what there is). Finding and evidence rows keep this text beside their offsets
 * ({@value #MAX_KEPT} characters at most; longer ones keep none and are cut from the résumé when needed), so an
 * export need not read every résumé (issue 17: on H2 that meant decrypting every résumé's pages).
 */
public final class SpanText {
    /** The longest span text a row keeps (the columns' length). */
    public static final int MAX_KEPT = 1000;

    private SpanText() {
    }

    /** {@code text}'s characters from {@code start} to {@code end} (UTF-16 offsets, end exclusive), clamped. */
    public static String cut(String text, int start, int end) {
        int from = Math.min(Math.max(0, start), text.length());
        return text.substring(from, Math.min(Math.max(from, end), text.length()));
    }

    /**
     * {@link #cut}, or null (a row then keeps no text) when longer than {@value #MAX_KEPT} characters or when it
     * cuts a surrogate pair in two: a lone half would not survive a store that keeps text as UTF-8 (PostgreSQL).
     */
    public static String kept(String text, int start, int end) {
        String cut = cut(text, start, end);
        boolean split = !cut.isEmpty() && (Character.isLowSurrogate(cut.charAt(0))
                || Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
        return cut.length() > MAX_KEPT || split ? null : cut;
    }
}
