package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies written as initials, recognized by shape: a local police department with the place
 * spelled out beside it ("MPD (Mesa, AZ)", "GPD (Gilbert, AZ)": initials ending in PD followed by
 * a parenthesised "City, ST", so "CPD (30 hours)" is not one), and a state patrol's or state
 * police's initials ("OSHP", "KHP", "NJSP") with a rank beside them ("OSHP, Tpr.").
 */
final class LocalAbbreviations {
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,4}PD");
    /** A state patrol's or state police's initials: "OSHP", "NCSHP", "KHP", "ISP", "NJSP". */
    private static final Pattern STATE_PATROL = Pattern.compile("[A-Z]{1,2}S?HP|[A-Z]{1,2}SP");
    /** How far (words, same line) a rank may stand from state-patrol initials for them to be its agency. */
    private static final int RANK_REACH = 3;
    private static final Pattern PLACE = Pattern.compile("\\G\\s*\\(\\s*[A-Z][A-Za-z .'-]{1,30},\\s*[A-Z]{2}\\s*\\)");
    private static final Phrase AGENCY = new Phrase(Phrase.Kind.AGENCY, "le", false);

    private LocalAbbreviations() {
    }

    /** "MPD (Mesa, AZ)": department initials with the place in parentheses after them. */
    private static boolean departmentWithPlace(String original, int s, int e) {
        return original.charAt(e - 1) == 'D' && INITIALS.matcher(original.substring(s, e)).matches()
                && PLACE.matcher(original).find(e);
    }

    /**
     * "OSHP, Tpr., Findlay Post": a state patrol's initials in capitals with a rank abbreviation
     * or trooper title within a few words on the same line (alone, such initials are too often
     * something else: "ISP" is also an internet provider).
     */
    private static boolean statePatrolBesideRank(String original, int s, int e, Tokens t, int i, List<PhraseMatcher.Match> matches) {
        if (original.charAt(e - 1) != 'P' || !STATE_PATROL.matcher(original.substring(s, e)).matches()) {
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
            if (m.first() > i + RANK_REACH) {
                break;
            }
            boolean rank = m.phrase().kind() == Phrase.Kind.RANK || m.phrase().kind() == Phrase.Kind.ROLE && "state".equals(m.phrase().family());
            if (rank && Math.abs(m.first() - i) <= RANK_REACH && t.line[m.first()] == t.line[i]) {
                return true;
            }
        }
        return false;
    }

    static List<PhraseMatcher.Match> add(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> out = null;
        int next = 0;
        for (int i = 0; i < t.count; i++) {
            int len = t.end[i] - t.start[i];
            char last = text.chars[t.end[i] - 1];
            if (len < 3 || len > 6 || (last != 'd' && last != 'D' && last != 'p' && last != 'P')) {
                continue;
            }
            int s = text.originalStart(t.start[i]);
            int e = text.originalEnd(t.end[i]);
            if (e - s < 3 || e - s > 6 || !(departmentWithPlace(original, s, e) || statePatrolBesideRank(original, s, e, t, i, matches))) {
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
