package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A precompiled trie over word ids: from each token, the longest lexicon phrase that starts there.
 * Matching is linear in the number of tokens times the longest phrase; no backtracking.
 */
final class PhraseMatcher {

    /** A phrase found at tokens {@code [first, last)}. */
    record Match(int first, int last, Phrase phrase) {
    }

    private static final class Node {
        TreeMap<Integer, Node> building = new TreeMap<>();
        int[] keys;
        Node[] kids;
        Phrase entry;

        Node child(int word) {
            int i = Arrays.binarySearch(keys, word);
            return i < 0 ? null : kids[i];
        }

        void freeze() {
            keys = new int[building.size()];
            kids = new Node[building.size()];
            int i = 0;
            for (var e : building.entrySet()) {
                keys[i] = e.getKey();
                kids[i] = e.getValue();
                e.getValue().freeze();
                i++;
            }
            building = null;
        }
    }

    private final Node root = new Node();
    private final Vocabulary vocab;
    private boolean frozen;

    PhraseMatcher(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** Splits a lexicon phrase into words the same way résumé text is split. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        String p = phrase.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < p.length()) {
            if (!Tokens.wordChar(p.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < p.length() && Tokens.wordChar(p.charAt(i))) {
                i++;
            }
            out.add(p.substring(s, i));
        }
        return out;
    }

    /** Adds a phrase; an earlier entry for the same words is kept (first lexicon wins). */
    void add(String phrase, Phrase entry) {
        if (frozen) {
            throw new IllegalStateException("matcher already compiled");
        }
        List<String> ws = words(phrase);
        if (ws.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : ws) {
            n = n.building.computeIfAbsent(vocab.add(w), k -> new Node());
        }
        if (n.entry == null) {
            n.entry = entry;
        }
    }

    /** Children of the root indexed directly by word id (word ids are dense). */
    private Node[] rootByWord = new Node[0];

    void compile() {
        root.freeze();
        int max = 0;
        for (int k : root.keys) {
            max = Math.max(max, k + 1);
        }
        rootByWord = new Node[max];
        for (int i = 0; i < root.keys.length; i++) {
            rootByWord[root.keys[i]] = root.kids[i];
        }
        frozen = true;
    }

    /** Every longest, non-overlapping match, left to right. Thread-safe once compiled. */
    List<Match> scan(Tokens t) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        Node[] first = rootByWord;
        while (i < t.count) {
            int w0 = t.word[i];
            if (w0 < 0 || w0 >= first.length || first[w0] == null) {
                i++;
                continue;
            }
            Node n = root;
            int best = i;
            Phrase bestEntry = null;
            for (int j = i; j < t.count; j++) {
                int w = t.word[j];
                if (w < 0 || j > i && t.line[j] - t.line[j - 1] > 1) {
                    break; // a phrase wraps onto the next line, never across a blank one ("Secret Service" / "" / "Special Agent")
                }
                n = n.child(w);
                if (n == null) {
                    break;
                }
                if (n.entry != null) {
                    best = j + 1;
                    bestEntry = n.entry;
                }
            }
            if (bestEntry != null) {
                out.add(new Match(i, best, bestEntry));
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase starting exactly at token {@code i}, or null. */
    Match matchAt(Tokens t, int i) {
        Node n = root;
        Match best = null;
        for (int j = i; j < t.count; j++) {
            int w = t.word[j];
            if (w < 0) {
                break;
            }
            n = n.child(w);
            if (n == null) {
                break;
            }
            if (n.entry != null) {
                best = new Match(i, j + 1, n.entry);
            }
        }
        return best;
    }
}
