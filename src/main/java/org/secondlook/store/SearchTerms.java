package org.secondlook.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the search index: letters and digits between any other characters, lower-cased,
 * accents removed, at least two characters, at most {@value #MAX_LENGTH}, and no digit in them. Numbers
 * (phone numbers, dates, the digits of ids) would each be a word of its own in almost every case, many
 * times the index's size for searches nobody makes; an id is found by its beginning instead. The same rule
 * splits a case (applicant id, name, résumé text) and a reviewer's search, so the two always agree.
 */
public final class SearchTerms {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;
    /** A search word at least this long also matches longer words it begins ("sher" finds "sheriff"). */
    static final int PREFIX_FROM = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {
    }

    /** The distinct words of all {@code texts} (null texts are skipped). */
    public static Set<String> of(String... texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            if (t != null) {
                split(t, out, false);
            }
        }
        return out;
    }

    /**
     * The words of a search, in the order typed, without repeats. Words with digits are kept: no case holds
     * them as words, so a search with one finds cases by their id only.
     */
    public static List<String> query(String search) {
        Set<String> words = new LinkedHashSet<>();
        if (search != null) {
            split(search, words, true);
        }
        return new ArrayList<>(words);
    }

    /** Whether {@code word} (from {@link #query}) can be in the index at all. */
    static boolean indexable(String word) {
        return word.chars().noneMatch(Character::isDigit);
    }

    /** True when {@code term} (an indexed word) satisfies the search word {@code word}. */
    public static boolean matches(String word, String term) {
        return word.length() >= PREFIX_FROM ? term.startsWith(word) : term.equals(word);
    }

    /** True when every search word is satisfied by one of {@code terms}. */
    public static boolean allMatch(List<String> words, Set<String> terms) {
        for (String w : words) {
            if (!terms.contains(w) && (w.length() < PREFIX_FROM || terms.stream().noneMatch(t -> t.startsWith(w)))) {
                return false;
            }
        }
        return true;
    }

    /** One pass over the text: each word lower-cased as it is read; only words kept become strings. */
    private static void split(String text, java.util.Collection<String> out, boolean keepNumbers) {
        StringBuilder word = new StringBuilder(MAX_LENGTH);
        boolean digit = false;
        boolean accented = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : ' ';
            if (i < n && Character.isLetterOrDigit(ch)) {
                digit |= ch <= '9' && ch >= '0' || ch > 0x7F && Character.isDigit(ch);
                accented |= ch > 0x7F;
                if (word.length() < MAX_LENGTH * 2) {
                    word.append(ch);
                }
            } else if (word.length() > 0) {
                if (word.length() >= MIN_LENGTH && (keepNumbers || !digit)) {
                    String w = plain(word.toString(), accented);
                    if (w.length() >= MIN_LENGTH) {
                        out.add(w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
                    }
                }
                word.setLength(0);
                digit = false;
                accented = false;
            }
        }
    }

    /** Lower case without accents; a plain ASCII word (the usual case) skips the Unicode decomposition. */
    private static String plain(String word, boolean accented) {
        String lower = word.toLowerCase(Locale.ROOT);
        return accented ? MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("") : lower;
    }
}
