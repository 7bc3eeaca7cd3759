package org.secondlook.ui.casefile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.secondlook.review.cases.Span;

/**
 * The words of the queue's search found in a résumé, as spans to highlight: words are runs of letters
 * and digits, compared lower-cased and without accents, the way the search index splits them; a search
 * word of two letters matches whole words only, a longer one also the words it begins ("sher" marks
 * "sheriff"). A pure function, no toolkit.
 */
public final class SearchMatches {
    /** The kind of a search match's span (drawn as {@code hl-search-match}). */
    public static final String KIND = "SEARCH_MATCH";
    static final int MIN_LENGTH = 2;
    static final int PREFIX_FROM = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchMatches() {
    }

    /** The search's words, in the order typed, without repeats. */
    public static List<String> terms(String search) {
        Set<String> out = new LinkedHashSet<>();
        if (search != null) {
            forEachWord(search, (start, end) -> {
                String w = fold(search.substring(start, end));
                if (w.length() >= MIN_LENGTH) {
                    out.add(w);
                }
            });
        }
        return List.copyOf(out);
    }

    /** Spans over every word of {@code text} that a search word matches, in text order. */
    public static List<Span> in(String text, List<String> terms) {
        List<Span> out = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return out;
        }
        forEachWord(text, (start, end) -> {
            String w = fold(text.substring(start, end));
            for (String t : terms) {
                if (w.equals(t) || t.length() >= PREFIX_FROM && w.startsWith(t)) {
                    out.add(new Span(start, end, KIND, text.substring(start, end), null));
                    return;
                }
            }
        });
        return out;
    }

    private interface WordSink {
        void word(int start, int end);
    }

    private static void forEachWord(String s, WordSink sink) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = s.codePointAt(i);
                if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                    break;
                }
                i += Character.charCount(c);
            }
            sink.word(start, i);
        }
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
