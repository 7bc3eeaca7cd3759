package org.secondlook.analysis;

/**
 * Lower-cased, folded text with a map back to the original string. The map is sparse: a list of
 * break points where the shift between normalised and original offsets changes (a dropped CR, a
 * ligature expanded, a line-end hyphen removed); between break points the shift is constant.
 */
final class NormalizedText {
    final char[] chars;
    final int length;
    private final String original;
    private final int[] breakNorm;
    private final int[] breakOrig;
    private final int breaks;

    NormalizedText(String original, char[] chars, int length, int[] breakNorm, int[] breakOrig, int breaks) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.breakNorm = breakNorm;
        this.breakOrig = breakOrig;
        this.breaks = breaks;
    }

    /** Original offset of the char that produced normalised char {@code i}. */
    int originalStart(int i) {
        int lo = 0;
        int hi = breaks - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (breakNorm[mid] <= i) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? i : breakOrig[found] + (i - breakNorm[found]);
    }

    /** Original offsets of normalised offsets asked in ascending order, in amortised constant time. */
    final class Forward {
        private int k = -1;

        /** As {@link NormalizedText#originalStart(int)}, for an offset no smaller than the one asked before. */
        int originalStart(int i) {
            while (k + 1 < breaks && breakNorm[k + 1] <= i) {
                k++;
            }
            return k < 0 ? i : breakOrig[k] + (i - breakNorm[k]);
        }
    }

    /** Original end offset (exclusive) of the normalised span ending (exclusive) at {@code end}. */
    int originalEnd(int end) {
        int o = originalStart(end - 1);
        if (Character.isHighSurrogate(original.charAt(o)) && o + 1 < original.length()
                && Character.isLowSurrogate(original.charAt(o + 1))) {
            return o + 2;
        }
        return o + 1;
    }

    String slice(int start, int end) {
        return new String(chars, start, end - start);
    }
}
