package org.secondlook.store;

import java.io.ByteArrayOutputStream;
import java.util.BitSet;

/**
 * A posting list as stored: ascending applicant row ids, each written as the difference to the one
 * before in 7-bit groups (a varint). A segment's list for a word holds one entry per applicant.
 */
final class Postings {
    private Postings() {
    }

    /** Encodes ascending, distinct, non-negative ids. */
    static byte[] encode(long[] ascending, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 2 + 8);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long delta = ascending[i] - previous;
            if (delta < 0 || i > 0 && delta == 0) {
                throw new IllegalArgumentException("Posting ids must ascend: " + previous + " then " + ascending[i]);
            }
            previous = ascending[i];
            while ((delta & ~0x7FL) != 0) {
                out.write((int) (delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            out.write((int) delta);
        }
        return out.toByteArray();
    }

    /** Adds the ids in {@code encoded} to {@code into}, except those {@code skip} rejects. */
    static void decodeInto(byte[] encoded, BitSet into, java.util.function.LongPredicate skip) {
        long value = 0;
        int i = 0;
        while (i < encoded.length) {
            long delta = 0;
            int shift = 0;
            int b;
            do {
                if (i >= encoded.length || shift > 56) {
                    throw new IllegalStateException("A posting list in the search index is damaged");
                }
                b = encoded[i++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            value += delta;
            if (!skip.test(value)) {
                into.set(SearchIndex.bit(value));
            }
        }
    }
}
