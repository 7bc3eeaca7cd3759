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
 * accents removed, at least two characters, at most {@value #MAX_LENGTH}. The same rule splits a case
 * (applicant id, name, résumé text) and a reviewer's search, so the two always agree.
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
                split(t, out);
            }
        }
        return out;
    }

    /** The words of a search, in the order typed, without repeats. */
    public static List<String> query(String search) {
        Set<String> words = new LinkedHashSet<>();
        if (search != null) {
            split(search, words);
        }
        return new ArrayList<>(words);
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

    private static void split(String text, java.util.Collection<String> out) {
        String s = plain(text);
        int n = s.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start >= MIN_LENGTH) {
                    out.add(s.substring(start, Math.min(i, start + MAX_LENGTH)));
                }
                start = -1;
            }
        }
    }

    /** Lower case without accents; plain ASCII text (the usual case) skips the Unicode decomposition. */
    private static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
