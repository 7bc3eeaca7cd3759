package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Hurried and misspelled agency and rank words ("sherrif deptuy", "correctinal ofcr", "Sargent") read as
 * the words they stand for, before phrase matching. Only a word no lexicon uses is repaired, and only to a
 * word of a closed list of agency and rank words at least six letters long whose near neighbors are not
 * common English words ("police" and "officer" are left out: "policy", "office"). A repair keeps the
 * first letter and is one edit away once doubled letters are collapsed (a substitution, an insertion, a
 * deletion or two neighboring letters swapped); a plural ("deputys") is not repaired, so it still marks
 * other people. A short closed list of abbreviations of "officer" ("ofcr") is read as the word itself, and
 * "police" and "officer" with two neighboring letters swapped ("Polcie Officer") as those words.
 * A repair counts only inside a phrase of two or more words ("sherrif deptuy", "Sherrif's Office"), so a
 * lone near-word ("defective", a surname) stays what it is; the closed list of "officer" forms counts alone
 * too ("CHP Ofcr.": no English word or surname), and a closed list of misspellings of "office" ("Ofice")
 * counts inside a phrase, as does a closed list of misspellings of "deputy" two edits away ("deputie"); "deputy"
 * with a letter doubled ("Depputy") counts alone. Tokens keep their spans, so every offset
 * still points at the original spelling.
 */
final class Misspellings {
    /** Agency and rank words a repair may lead to. */
    private static final List<String> TARGETS = List.of("sheriff", "sheriffs", "deputy", "correctional", "corrections", "sergeant",
            "lieutenant", "detective", "trooper", "patrolman", "constable", "department", "investigator", "narcotics",
            "enforcement", "corporal", "captain", "marshal");
    /** Abbreviations and misspellings of "officer" (the word itself has "office" as a neighbor). */
    private static final List<String> OFFICER = List.of("ofcr", "offcr", "ofcer", "oficer", "officr", "offcer", "offier");
    /** Misspellings of "office" ("Sherrif's Ofice"): a closed list, as "office" is one edit from "officer". */
    private static final List<String> OFFICE = List.of("ofice", "offce", "ofiice", "offfice");
    /** Misspellings of "deputy" two edits away ("deputie"), a closed list like "office"'s. */
    private static final List<String> DEPUTY = List.of("deputie", "deputey", "depitty", "deppity");

    /** Per first letter: the collapsed target spellings and their vocabulary ids. */
    private final List<List<String>> collapsed = new ArrayList<>();
    private final List<List<Integer>> ids = new ArrayList<>();
    private final List<String> officerForms = new ArrayList<>();
    /** Per first and second letter: the lengths a word must have to be worth comparing (empty range: none). */
    private final int[] minLen = new int[26 * 26];
    private final int[] maxLen = new int[26 * 26];
    private int officerId = -1;
    private int officeId = -1;
    private int policeId = -1;
    private int deputyId = -1;

    Misspellings(Vocabulary vocab) {
        for (int c = 0; c < 26; c++) {
            collapsed.add(new ArrayList<>());
            ids.add(new ArrayList<>());
        }
        for (String w : TARGETS) {
            int id = vocab.idOf(w.toCharArray(), 0, w.length());
            if (id >= 0) {
                collapsed.get(w.charAt(0) - 'a').add(collapse(w));
                ids.get(w.charAt(0) - 'a').add(id);
            }
        }
        java.util.Arrays.fill(minLen, Integer.MAX_VALUE);
        for (int f = 0; f < 26; f++) {
            for (String c : collapsed.get(f)) {
                // the second letter as written, or the third when a swap or a dropped letter moved it
                for (int k = 1; k <= 2 && k < c.length(); k++) {
                    int pair = f * 26 + c.charAt(k) - 'a';
                    minLen[pair] = Math.min(minLen[pair], c.length() - 1);
                    maxLen[pair] = Math.max(maxLen[pair], c.length() + 3);
                }
            }
        }
        officerId = vocab.idOf("officer".toCharArray(), 0, 7);
        officeId = vocab.idOf("office".toCharArray(), 0, 6);
        policeId = vocab.idOf("police".toCharArray(), 0, 6);
        deputyId = vocab.idOf("deputy".toCharArray(), 0, 6);
        officerForms.addAll(OFFICER);
    }

    /**
     * Gives each misspelled token the id of the word it stands for; returns the repaired token indices
     * (empty when none; a form of "officer" as the complement {@code ~i}, which {@link #keepInPhrases} keeps). The caller keeps a repair only inside a phrase of two or more words ("sherrif
     * deptuy", "Sherrif's Office"): a lone near-word ("defective", a surname "Troper") stays what it is.
     */
    int[] repair(NormalizedText text, Tokens t) {
        int[] repaired = new int[0];
        char[] a = text.chars;
        for (int i = 0; i < t.count; i++) {
            if (t.word[i] >= 0) {
                continue;
            }
            int s = t.start[i];
            int len = t.end[i] - s;
            if (len < 4 || len > 14) {
                continue;
            }
            char first = a[s];
            if (first < 'a' || first > 'z') {
                continue;
            }
            if (first == 'o' && len <= 7) {
                String w = new String(a, s, len);
                if (officerId >= 0 && officerForms.contains(w)) {
                    t.word[i] = officerId;
                    repaired = add(repaired, ~i); // kept alone too: "CHP Ofcr." is a bare officer title beside its agency
                    continue;
                }
                if (officeId >= 0 && OFFICE.contains(w)) {
                    t.word[i] = officeId;
                    repaired = add(repaired, i);
                    continue;
                }
            }
            if (first == 'd' && deputyId >= 0 && DEPUTY.contains(new String(a, s, len))) {
                t.word[i] = deputyId;
                repaired = add(repaired, i);
                continue;
            }
            if (len < 5) {
                continue;
            }
            int swappedId = swapped(a, s, len);
            if (swappedId >= 0) {
                t.word[i] = swappedId;
                repaired = add(repaired, i);
                continue;
            }
            char second = a[s + 1];
            if (second < 'a' || second > 'z') {
                continue;
            }
            int pair = (first - 'a') * 26 + second - 'a';
            if (len < minLen[pair] || len > maxLen[pair]) {
                continue; // most words: no target shares the first two letters and a near length; no allocation
            }
            List<String> candidates = collapsed.get(first - 'a');
            if (!lowerCaseLetters(a, s, len)) {
                continue;
            }
            String w = new String(a, s, len);
            String cw = collapse(w);
            for (int c = 0; c < candidates.size(); c++) {
                String target = candidates.get(c);
                if (oneEdit(cw, target) && !(w.endsWith("s") && !target.endsWith("s") && oneEdit(collapse(w.substring(0, len - 1)), target))) {
                    t.word[i] = ids.get(first - 'a').get(c);
                    // "Depputy": "deputy" with a letter doubled is no English word or surname, so it counts alone too
                    repaired = add(repaired, ids.get(first - 'a').get(c) == deputyId && cw.equals(target) ? ~i : i);
                    break;
                }
            }
        }
        return repaired;
    }

    /** Only the letters a to z (checked before a string is made: most words that get here are plain). */
    private static boolean lowerCaseLetters(char[] a, int s, int len) {
        for (int k = s; k < s + len; k++) {
            if (a[k] < 'a' || a[k] > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "polcie", "offiecr": "police" or "officer" with two neighboring letters swapped (only a swap: their
     * other one-edit neighbors are common words, "policy", "office"); the id of the word, or -1.
     */
    private int swapped(char[] a, int s, int len) {
        if (a[s] == 'p' && len == 6 && policeId >= 0 && swapOf(a, s, len, "police")) {
            return policeId;
        }
        if (a[s] == 'o' && len == 7 && officerId >= 0 && swapOf(a, s, len, "officer")) {
            return officerId;
        }
        return -1;
    }

    /** The word at {@code a[s, s + len)} is {@code w} with exactly one pair of neighboring letters swapped. */
    private static boolean swapOf(char[] a, int s, int len, String w) {
        int i = 0;
        while (i < len && a[s + i] == w.charAt(i)) {
            i++;
        }
        if (i + 1 >= len || a[s + i] != w.charAt(i + 1) || a[s + i + 1] != w.charAt(i)) {
            return false;
        }
        for (int j = i + 2; j < len; j++) {
            if (a[s + j] != w.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int[] add(int[] a, int i) {
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = i;
        return b;
    }

    /**
     * Undoes every repair that no phrase of two or more words took up; true when any was undone (the
     * caller then scans again).
     */
    static boolean keepInPhrases(int[] repaired, Tokens t, List<PhraseMatcher.Match> matches) {
        boolean undone = false;
        for (int i : repaired) {
            if (i < 0) {
                continue; // an abbreviation of "officer" is read as the word even alone
            }
            boolean inPhrase = false;
            for (PhraseMatcher.Match m : matches) {
                if (m.first() <= i && i < m.last() && m.last() - m.first() >= 2) {
                    inPhrase = true;
                    break;
                }
            }
            if (!inPhrase) {
                t.word[i] = -1;
                undone = true;
            }
        }
        return undone;
    }

    static String collapse(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    /** At most one substitution, insertion, deletion or swap of neighbors (the same word counts: only its doubling differed). */
    static boolean oneEdit(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int lx = x.length();
        int ly = y.length();
        if (Math.abs(lx - ly) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(lx, ly) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (lx == ly) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) {
                return true; // one substitution
            }
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2)); // neighbors swapped
        }
        return lx > ly ? x.substring(i + 1).equals(y.substring(i)) : x.substring(i).equals(y.substring(i + 1));
    }
}
