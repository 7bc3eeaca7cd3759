package org.secondlook.review.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Systematic sampling with share s and a random start r in [0, 1): the k-th item (k = 1, 2, …) is
 * sampled when ⌊s·k + r⌋ > ⌊s·(k−1) + r⌋. Exact decimal arithmetic, so an auditor given s, r and k gets
 * the same answer on any machine; after n items, ⌊s·n + r⌋ have been sampled — within 1 of s·n.
 */
public record SystematicSample(BigDecimal share, BigDecimal start) {
    public SystematicSample {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A share lies between 0 and 1: " + share);
        }
        if (start.signum() < 0 || start.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A random start lies in [0, 1): " + start);
        }
    }

    /** Whether the k-th item (k ≥ 1) is sampled. */
    public boolean picks(long k) {
        if (k < 1) {
            throw new IllegalArgumentException("Items are counted from 1: " + k);
        }
        return floor(k).compareTo(floor(k - 1)) > 0;
    }

    /** How many of the first n items are sampled: ⌊s·n + r⌋ − ⌊r⌋. */
    public long sampledAmong(long n) {
        return floor(n).subtract(floor(0)).longValueExact();
    }

    private BigDecimal floor(long k) {
        return share.multiply(BigDecimal.valueOf(k)).add(start).setScale(0, RoundingMode.FLOOR);
    }
}
