package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Agencies written as initials, recognized by shape: a local police department with the place
 * spelled out beside it ("MPD (Mesa, AZ)", "GPD (Gilbert, AZ)": initials ending in PD followed by
 * a parenthesised "City, ST", so "CPD (30 hours)" is not one); a state patrol's, state police's,
 * police department's or sheriff's office's initials ("OSHP", "NJSP", "GPD", "OCSO") with a rank
 * beside them ("OSHP, Tpr.", "OCSO Dep.") or opening the next line ("APD ... 2009-2019" over "P.O. -> Sgt."); and "SO" after its county or parish ("Shelby Co. SO").
 */
final class LocalAbbreviations {
    /** How far (words, same line) a rank may stand from state-patrol initials for them to be its agency. */
    private static final int RANK_REACH = 3;
    /** Numbers (a date range: "1990 - 2019") that may stand between the initials and the rank besides the words. */
    private static final int DATE_WORDS = 4;
    /** How many words may follow the initials on their own line before the next line's rank is out of reach. */
    private static final int NEXT_LINE_REACH = 12;
    private static final Pattern PLACE = Pattern.compile("\\G\\s*\\(\\s*[A-Z][A-Za-z .'-]{1,30},\\s*[A-Z]{2}\\s*\\)");
    private static final Phrase AGENCY = new Phrase(Phrase.Kind.AGENCY, "le", false);

    private LocalAbbreviations() {
    }

    /*
     * The shapes of initials are checked by hand, not with patterns: they are asked of every
     * capitalized short word ending in d, p or o, and a pattern there made the JIT inline the regex
     * engine into the loop over words (a 48 KB method, compiled twice, in every run).
     */

    /** Every char of {@code original[s, e)} is a capital A-Z. */
    private static boolean capitals(String original, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = original.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Police department initials, {@code [A-Z]{1,4}PD}: "MPD", "LAPD", "NYPD". */
    static boolean departmentInitials(String original, int s, int e) {
        return e - s >= 3 && e - s <= 6 && original.charAt(e - 1) == 'D' && original.charAt(e - 2) == 'P'
                && capitals(original, s, e);
    }

    /** A state patrol's or state police's initials, {@code [A-Z]{1,2}S?HP|[A-Z]{1,2}SP}: "OSHP", "NCSHP", "KHP", "ISP", "NJSP". */
    static boolean statePatrolInitials(String original, int s, int e) {
        int before = e - s - 2; // the letters before "HP" or "SP"
        if (before < 1 || original.charAt(e - 1) != 'P' || !capitals(original, s, e)) {
            return false;
        }
        char c = original.charAt(e - 2);
        if (c == 'H') {
            return before <= 2 || before == 3 && original.charAt(e - 3) == 'S';
        }
        return c == 'S' && before <= 2;
    }

    /** A sheriff's office's initials, {@code [A-Z]{2,3}SO}: "OCSO", "PCSO", "HCSO" (never the word "ALSO" in capitals). */
    static boolean sheriffInitials(String original, int s, int e) {
        return e - s >= 4 && e - s <= 5 && original.charAt(e - 1) == 'O' && original.charAt(e - 2) == 'S'
                && capitals(original, s, e) && !original.startsWith("ALSO", s);
    }

    /** "Shelby Co. SO", "Terrebonne Parish SO": a capital "SO" right after the county or parish it serves. */
    private static boolean countySheriff(String original, NormalizedText text, Tokens t, int i, int s, int e) {
        if (e - s != 2 || !original.startsWith("SO", s) || i == 0 || t.line[i - 1] != t.line[i]) {
            return false;
        }
        String before = t.text(text, i - 1);
        return before.equals("county") || before.equals("co") || before.equals("parish");
    }

    /** "MPD (Mesa, AZ)": department initials with the place in parentheses after them. */
    private static boolean departmentWithPlace(String original, int s, int e) {
        return departmentInitials(original, s, e) && PLACE.matcher(original).find(e);
    }

    /**
     * "OSHP, Tpr., Findlay Post": a state patrol's initials in capitals with a rank abbreviation
     * or trooper title within a few words on the same line (alone, such initials are too often
     * something else: "ISP" is also an internet provider).
     */
    private static boolean initialsBesideRank(String original, NormalizedText text, int s, int e, Tokens t, int i,
            List<PhraseMatcher.Match> matches) {
        if (!statePatrolInitials(original, s, e) && !departmentInitials(original, s, e) && !sheriffInitials(original, s, e)) {
            return false;
        }
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) { // the first match that may be within reach: linear overall on long one-line texts
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).first() < i - RANK_REACH) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int j = lo; j < matches.size(); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (m.first() > i + RANK_REACH + DATE_WORDS) {
                break;
            }
            boolean rank = m.phrase().kind() == Phrase.Kind.RANK || m.phrase().kind() == Phrase.Kind.ROLE && "state".equals(m.phrase().family());
            if (rank && wordsBetween(text, t, i, m.first()) <= RANK_REACH && t.line[m.first()] == t.line[i]) {
                return true;
            }
        }
        return rankOpensNextLine(t, i, matches, lo);
    }

    /** Tokens between {@code a} and {@code b}, either way, not counting numbers ("MHP, 1990 - 2019 - Retired Sgt.": two words). */
    private static int wordsBetween(NormalizedText text, Tokens t, int a, int b) {
        int words = 0;
        for (int i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) {
            if (!Character.isDigit(text.chars[t.start[i]])) {
                words++;
            }
        }
        return words;
    }

    /** "APD (Albq.) ... 2009-2019" over "P.O. -> Sgt. (2015)": the entry's title line right under the initials opens with a rank. */
    private static boolean rankOpensNextLine(Tokens t, int i, List<PhraseMatcher.Match> matches, int from) {
        int next = i + 1;
        while (next < t.count && next - i <= NEXT_LINE_REACH && t.line[next] == t.line[i]) {
            next++;
        }
        if (next >= t.count || t.line[next] != t.line[i] + 1) {
            return false;
        }
        for (int j = from; j < matches.size() && matches.get(j).first() <= next; j++) {
            if (matches.get(j).first() == next && matches.get(j).phrase().kind() == Phrase.Kind.RANK) {
                return true;
            }
        }
        return false;
    }

    static List<PhraseMatcher.Match> add(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> out = null;
        int next = 0;
        NormalizedText.Forward offsets = text.new Forward(); // the words come in order: no binary search per word
        for (int i = 0; i < t.count; i++) {
            int len = t.end[i] - t.start[i];
            char last = text.chars[t.end[i] - 1];
            if (len < 2 || len > 6 || (last != 'd' && last != 'D' && last != 'p' && last != 'P' && last != 'o' && last != 'O')) {
                continue;
            }
            if ((last == 'o' || last == 'O') && text.chars[t.end[i] - 2] != 's' && text.chars[t.end[i] - 2] != 'S') {
                continue; // "to", "do", "go": only "SO" and "OCSO" end in o
            }
            int s = offsets.originalStart(t.start[i]);
            char first = original.charAt(s);
            if (first < 'A' || first > 'Z') {
                continue; // both shapes are initials in capitals: "and", "led", "field" end here, before any pattern
            }
            int e = text.originalEnd(t.end[i]);
            if (e - s < 2 || e - s > 6 || !(departmentWithPlace(original, s, e) || initialsBesideRank(original, text, s, e, t, i, matches)
                    || countySheriff(original, text, t, i, s, e))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(matches.size() + 1);
            }
            while (next < matches.size() && matches.get(next).first() < i) {
                out.add(matches.get(next++));
            }
            if (next < matches.size() && matches.get(next).first() == i) {
                continue; // already on a list
            }
            out.add(new PhraseMatcher.Match(i, i + 1, AGENCY));
        }
        if (out == null) {
            return matches;
        }
        while (next < matches.size()) {
            out.add(matches.get(next++));
        }
        return out;
    }
}
