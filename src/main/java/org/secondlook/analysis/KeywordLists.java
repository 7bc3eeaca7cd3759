package org.secondlook.analysis;

import java.util.Set;

/** Keyword-list lines ("Keywords: police, patrol, ..."): the words on them are search terms, not anybody's job. */
final class KeywordLists {
    /** A keyword list has at least this many commas on its line. */
    private static final int KEYWORD_COMMAS = 4;
    private static final Set<String> KEYWORD_HEADS = Set.of("keywords", "keyword", "key", "tags", "skills", "competencies",
            "core", "expertise", "areas", "search", "terms");

    private KeywordLists() {
    }

    /** True when line {@code l} is a keyword list ("Keywords: police, patrol, ..."); needs no entries built. */
    static boolean line(NormalizedText text, Tokens t, int l) {
        int first = t.firstTokenOfLine(l);
        if (first >= t.count || t.line[first] != l) {
            return false;
        }
        int end = first;
        while (end < t.count && t.line[end] == l) {
            end++;
        }
        return list(text, t, first, end, l);
    }

    static boolean list(NormalizedText text, Tokens t, int firstTok, int endTok, int l) {
        if (!KEYWORD_HEADS.contains(t.text(text, firstTok))) {
            return false;
        }
        int colon = -1;
        int to = Math.min(t.lineStart[l + 1], t.end[Math.min(endTok - 1, firstTok + 3)] + 2);
        for (int i = t.end[firstTok]; i < to; i++) {
            if (text.chars[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        int commas = 0;
        for (int i = colon; i < t.lineStart[l + 1]; i++) {
            commas += text.chars[i] == ',' || text.chars[i] == ';' || text.chars[i] == '|' ? 1 : 0;
        }
        return commas >= KEYWORD_COMMAS;
    }
}
