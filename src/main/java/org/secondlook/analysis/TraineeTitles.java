package org.secondlook.analysis;

import java.util.Set;

/**
 * "Trooper Cadet (unsworn)", "Police Officer Recruit", "Deputy Sheriff Applicant": a sworn title named
 * by the word right after it as a cadet, recruit or applicant, who is not sworn until graduation or hire.
 * Reads the one word after the title.
 */
final class TraineeTitles {
    private static final Set<String> NOT_YET_SWORN = Set.of("cadet", "recruit", "applicant", "candidate");

    private TraineeTitles() {
    }

    /** True when the token right after the title, on its line, is "cadet", "recruit", "applicant" or "candidate". */
    static boolean notYetSworn(NormalizedText text, Tokens t, int last) {
        return last < t.count && t.line[last] == t.line[last - 1] && t.start[last] - t.end[last - 1] <= 1
                && NOT_YET_SWORN.contains(t.text(text, last));
    }
}
