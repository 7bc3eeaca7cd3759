package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local police department written as its initials with the place spelled out beside it:
 * "MPD (Mesa, AZ)", "GPD (Gilbert, AZ)". The initials end in PD and are followed by a
 * parenthesised "City, ST", so "CPD (30 hours)" (continuing professional development) is not one.
 */
final class LocalAbbreviations {
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,4}PD");
    private static final Pattern PLACE = Pattern.compile("\\G\\s*\\(\\s*[A-Z][A-Za-z .'-]{1,30},\\s*[A-Z]{2}\\s*\\)");
    private static final Phrase AGENCY = new Phrase(Phrase.Kind.AGENCY, "le", false);

    private LocalAbbreviations() {
    }

    static List<PhraseMatcher.Match> add(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> out = null;
        int next = 0;
        for (int i = 0; i < t.count; i++) {
            int len = t.end[i] - t.start[i];
            char last = text.chars[t.end[i] - 1];
            if (len < 3 || len > 6 || (last != 'd' && last != 'D')) {
                continue;
            }
            int s = text.originalStart(t.start[i]);
            int e = text.originalEnd(t.end[i]);
            if (e - s < 3 || e - s > 6 || original.charAt(e - 1) != 'D' || !INITIALS.matcher(original.substring(s, e)).matches()) {
                continue;
            }
            Matcher place = PLACE.matcher(original);
            if (!place.find(e)) {
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
