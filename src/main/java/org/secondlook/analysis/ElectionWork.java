package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * A poll worker's title ("Election Officer / Precinct Inspector - County Elections"): a bare "Inspector"
 * or "Officer" on a line about an election or a polling place, with no law-enforcement agency named on
 * that line, is election staff, not police. Reads only the title's own line, at most 24 words either side.
 */
final class ElectionWork {
    private ElectionWork() {
    }

    /** Tokens (and matches) read on either side of the title. */
    private static final int REACH = 24;
    private static final Set<String> BARE = Set.of("inspector", "officer", "officers", "inspectors", "judge", "marshal");
    private static final Set<String> ELECTION = Set.of("election", "elections", "polling", "polls", "poll", "voter", "voting");

    static boolean pollWorker(Words words, Tokens t, List<PhraseMatcher.Match> matches, int k) {
        PhraseMatcher.Match m = matches.get(k);
        int ln = t.line[m.first()];
        if (m.last() - m.first() != 1 || !BARE.contains(words.word(m.first()))) {
            return false;
        }
        boolean election = false;
        int from = Math.max(t.firstTokenOfLine(ln), m.first() - REACH);
        for (int i = from; i < Math.min(t.count, m.last() + REACH) && t.line[i] == ln; i++) {
            election |= ELECTION.contains(words.word(i));
        }
        if (!election) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - REACH) && t.line[matches.get(j).first()] == ln; j--) {
            if (leAgency(words, matches.get(j))) {
                return false;
            }
        }
        for (int j = k + 1; j < Math.min(matches.size(), k + REACH) && t.line[matches.get(j).first()] == ln; j++) {
            if (leAgency(words, matches.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A law-enforcement agency other than a bare "precinct" (a polling place has one too). */
    private static boolean leAgency(Words words, PhraseMatcher.Match a) {
        return a.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(a.phrase().family())
                && !(a.last() - a.first() == 1 && "precinct".equals(words.word(a.first())));
    }
}
