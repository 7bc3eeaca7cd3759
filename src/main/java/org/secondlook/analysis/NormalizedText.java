package org.secondlook.analysis;

/**
 * Lower-cased, folded text with a map back to the original string: normalised char {@code i} came
 * from original chars {@code [from[i], to[i])}.
 */
final class NormalizedText {
    final char[] chars;
    final int length;
    private final int[] from;
    private final int[] to;

    NormalizedText(char[] chars, int length, int[] from, int[] to) {
        this.chars = chars;
        this.length = length;
        this.from = from;
        this.to = to;
    }

    /** Original start offset of the normalised span starting at {@code start}. */
    int originalStart(int start) {
        return from[start];
    }

    /** Original end offset (exclusive) of the normalised span ending (exclusive) at {@code end}. */
    int originalEnd(int end) {
        return to[end - 1];
    }

    String slice(int start, int end) {
        return new String(chars, start, end - start);
    }
}
