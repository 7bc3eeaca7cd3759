package org.secondlook.analysis;

import java.util.List;

/**
 * A federal law-enforcement job series on a title's line ("Special Agent, GS-1811-13 (civilian)"): the
 * series is a civilian federal position by definition, so a military service named nearby (NCIS, AFOSI,
 * Army CID agents work among sailors and soldiers) does not make the title military police, and
 * "civilian" beside it says the agent is not in uniform, not that the job is non-sworn staff.
 */
final class FederalSeries extends Passage {
    private static final int REACH = 8;

    FederalSeries(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** A federal-family title holding a series number ("GS-1811", "0083 police officer") on line {@code ln}, near match {@code k}. */
    boolean onLine(int k, int ln) {
        for (int j = Math.max(0, k - REACH); j < Math.min(matches.size(), k + REACH); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] == ln && m.phrase().kind() == Phrase.Kind.ROLE && "federal".equals(m.phrase().family()) && numbered(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean numbered(PhraseMatcher.Match m) {
        for (int i = m.first(); i < m.last(); i++) {
            if (Character.isDigit(text.chars[t.start[i]])) {
                return true;
            }
        }
        return false;
    }
}
