package org.secondlook.analysis;

import java.util.List;

/**
 * A bullet that opens with a law-enforcement agency and goes on to name the titles held there, each with its
 * own dates ("- California Highway Patrol, 2008-2018. Officer (2008-2014), Sergeant (2014-2018)"): those titles
 * are the entry's own, not people named in a duty line. Reads the matches of the title's line and the two
 * characters after the title; or a bullet that opens with the agency's initials and its rank.
 */
final class AgencyBullets {
    /** How far into its line the agency's name may start ("Elm Falls Police Department", "Nevada Highway Patrol"). */
    private static final int AGENCY_WORDS = 5;

    private AgencyBullets() {
    }

    /** True when the title at match {@code k} has a year in parentheses right after it and its line opens with a law-enforcement agency (places before it allowed). */
    static boolean datedTitle(NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, int k, int ln) {
        int after = t.end[matches.get(k).last() - 1];
        if (after < text.length && text.chars[after] == ' ') {
            after++;
        }
        if (after + 1 >= text.length || text.chars[after] != '(' || !Character.isDigit(text.chars[after + 1])) {
            return false;
        }
        int opening = t.firstTokenOfLine(ln);
        int j = k;
        while (j > 0 && t.line[matches.get(j - 1).first()] == ln) {
            j--;
        }
        for (; j < k; j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family())) {
                return m.first() - opening <= AGENCY_WORDS;
            }
            if (m.phrase().kind() != Phrase.Kind.AGENCY) {
                return false; // a title or a cue before any agency: not a bullet that opens with one
            }
        }
        return false;
    }

    /**
     * "- NYPD Sgt., 2016-2019", "- MTPD Ofc. (Metro Transit Police Dept.) 2016-2019": a bullet that opens with
     * an agency's capital initials and the rank right after them is an entry of its own, the rank held there.
     */
    static boolean rankAfterOpeningInitials(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, int k, int ln) {
        return k > 0 && matches.get(k - 1).first() == t.firstTokenOfLine(ln)
                && new TitleNeighbors(original, text, t, matches).rankAfterInitials(k, matches.get(k));
    }
}
