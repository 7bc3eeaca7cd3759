package org.secondlook.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An entry headed by a law-enforcement agency and a unit, with no title of its own ("Durham Police Department
 * ..... 2011 - 2014" over "- District 2 patrol; field training officer for the last year; ... sworn"): its
 * title is told in its detail lines, so a title there that the line calls sworn or dates is the applicant's
 * own, not someone the applicant dealt with. Reads at most a few lines above the title and the title's own line.
 */
final class AgencyOnlyHeads extends Passage {
    /** How many lines above the title the entry's head lines may stand. */
    private static final int HEAD_REACH_LINES = 6;
    /** How many non-bullet head lines are read ("Agency" over "Unit - 2018 to 2022"). */
    private static final int HEAD_LINES = 2;
    /** How many matches before the title are looked at for the head lines' agency and titles. */
    private static final int MATCH_REACH = 40;
    /** How many words on either side of the title "sworn" may stand in its detail line. */
    private static final int SWORN_REACH_TOKENS = 16;
    private static final Set<Phrase.Kind> TITLES = Set.of(Phrase.Kind.ROLE, Phrase.Kind.RANK, Phrase.Kind.BARE_OFFICER,
            Phrase.Kind.NEUTRAL, Phrase.Kind.CIVILIAN);

    private final Supplier<Entries> entries;

    AgencyOnlyHeads(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, Supplier<Entries> entries) {
        super(original, text, t, matches);
        this.entries = entries;
    }

    /** The non-bullet lines right above the title's line (up to a blank line) name a law-enforcement agency and no title. */
    boolean over(int k, int ln) {
        int seen = 0;
        boolean agency = false;
        for (int l = ln - 1; l >= 0 && ln - l <= HEAD_REACH_LINES && seen < HEAD_LINES && !t.blankLine(text, l); l--) {
            if (entries.get().inBullet(original, l)) {
                if (seen > 0) {
                    break;
                }
                continue;
            }
            seen++;
            for (int j = Math.max(0, k - MATCH_REACH); j < k; j++) {
                PhraseMatcher.Match m = matches.get(j);
                if (t.line[m.first()] != l) {
                    continue;
                }
                if (TITLES.contains(m.phrase().kind())) {
                    return false;
                }
                agency |= m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family());
            }
        }
        return agency;
    }

    /**
     * Under such a head, a detail line that calls the title sworn ("NC BLET certified, sworn") or dates it right
     * after it ("patrol officer, 2017-2018"): the entry's own title.
     */
    boolean ownDetail(int k, PhraseMatcher.Match m, int ln) {
        return over(k, ln) && (swornNear(m, ln) || datedAfter(m.last(), ln));
    }

    /** "sworn" within a few words of the title on its line. */
    private boolean swornNear(PhraseMatcher.Match m, int ln) {
        for (int i = Math.max(0, m.first() - SWORN_REACH_TOKENS); i < Math.min(t.count, m.last() + SWORN_REACH_TOKENS); i++) {
            if (t.line[i] == ln && "sworn".equals(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** A year ("2017") as the first or second token after the title on its line. */
    private boolean datedAfter(int last, int ln) {
        for (int i = last; i < Math.min(t.count, last + 2) && t.line[i] == ln; i++) {
            if (t.end[i] - t.start[i] == 4 && t.text(text, i).chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }
}
