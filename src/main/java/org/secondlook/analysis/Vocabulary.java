package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the lexicons use, each with a small integer id, looked up straight from a char range
 * (open addressing, no allocation per token). Built once, then read-only and thread-safe. Most tokens
 * of a résumé are not in it, so a lookup must fail fast: the table is at most a quarter full, the
 * word's hash is mixed before it picks a slot (the raw {@code 31 * h + c} hash of similar short words
 * clusters), and each slot keeps its word's raw hash, compared before any character. A slot's hash and
 * id share one {@code long}, so a probe reads one array; the word's chars are read only on a hash match.
 */
final class Vocabulary {
    /** Per slot: the word's raw hash in the high half, its id + 1 in the low half; 0 for an empty slot. */
    private long[] slots = new long[1024];
    private char[][] keys = new char[1024][];
    private final List<String> words = new ArrayList<>();

    /** The id of a word, adding it if new (only while building). */
    int add(String word) {
        int found = idOf(word.toCharArray(), 0, word.length());
        if (found >= 0) {
            return found;
        }
        if ((words.size() + 1) * 4 > slots.length) {
            grow();
        }
        int id = words.size();
        words.add(word);
        insert(word, id);
        return id;
    }

    String word(int id) {
        return words.get(id);
    }

    /** The id of the word in {@code a[start, end)}, or -1 when no lexicon uses it. */
    int idOf(char[] a, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + a[i];
        }
        return idOf(a, start, end, h);
    }

    /** As {@link #idOf(char[], int, int)}, with the caller's running hash ({@code h = 31 * h + c}). */
    int idOf(char[] a, int start, int end, int rawHash) {
        int mask = slots.length - 1;
        for (int slot = mix(rawHash) & mask; ; slot = (slot + 1) & mask) {
            long e = slots[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == rawHash) {
                char[] k = keys[slot];
                if (k.length == end - start && same(k, a, start)) {
                    return (int) e - 1;
                }
            }
        }
    }

    private static int mix(int rawHash) {
        int h = rawHash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean same(char[] k, char[] a, int start) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != a[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void insert(String word, int id) {
        int raw = word.hashCode(); // the same 31 * h + c over the word's chars
        int mask = slots.length - 1;
        int slot = mix(raw) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (long) raw << 32 | (id + 1L);
        keys[slot] = word.toCharArray();
    }

    private void grow() {
        slots = new long[slots.length * 2];
        keys = new char[keys.length * 2][];
        for (int i = 0; i < words.size(); i++) {
            insert(words.get(i), i);
        }
    }
}
