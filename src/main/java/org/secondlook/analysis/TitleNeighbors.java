package org.secondlook.analysis;

import java.util.List;

/**
 * The matches right beside a title on its line that change what it is: an agency name it completes
 * ("Port Authority Police Officer") or a second name for the same position after a slash
 * ("Constable / Agent").
 */
final class TitleNeighbors extends Passage {

    TitleNeighbors(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** "Port Authority Police Officer", "Capitol Police Officer": the title follows an agency's name, word for word. */
    boolean agencyRightBefore(int k, PhraseMatcher.Match m) {
        if (k == 0) {
            return false;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        return prev.last() == m.first() && prev.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(prev.phrase().family())
                && t.line[prev.first()] == t.line[m.first()];
    }

    /**
     * "DPS Sgt", "DPS HP Tpr": a capitalized rank right after an agency written in capital initials, word
     * for word: the agency's rank, not a rank qualified by another trade ("Fire Captain").
     */
    boolean rankAfterInitials(int k, PhraseMatcher.Match m) {
        if (!agencyRightBefore(k, m) || !Character.isUpperCase(original.charAt(text.originalStart(t.start[m.first()])))) {
            return false;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        for (int i = prev.first(); i < prev.last(); i++) {
            int s = text.originalStart(t.start[i]);
            int e = text.originalEnd(t.end[i]);
            if (e - s < 2 || !original.substring(s, e).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The family of a role joined to this title by a slash on its line ("Constable / Agent"), or null. */
    String slashedRoleFamily(int k) {
        for (int j : new int[] {k - 1, k + 1}) {
            if (j < 0 || j >= matches.size()) {
                continue;
            }
            PhraseMatcher.Match o = matches.get(j);
            PhraseMatcher.Match a = j < k ? o : matches.get(k);
            PhraseMatcher.Match b = j < k ? matches.get(k) : o;
            if (o.phrase().kind() != Phrase.Kind.ROLE || o.phrase().plural() || b.first() != a.last()
                    || t.line[a.first()] != t.line[b.first()]) {
                continue;
            }
            String between = text.slice(t.end[a.last() - 1], t.start[b.first()]).strip();
            if (between.equals("/")) {
                return o.phrase().family();
            }
        }
        return null;
    }
}
