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
    /** How many lines above a dated title its section's agency line may stand, and how many matches are read for it. */
    private static final int SECTION_REACH_LINES = 30;
    private static final int SECTION_MATCH_REACH = 120;
    /** How many words on either side of the title "sworn" may stand in its detail line. */
    private static final int SWORN_REACH_TOKENS = 16;
    private static final Set<Phrase.Kind> TITLES = Set.of(Phrase.Kind.ROLE, Phrase.Kind.RANK, Phrase.Kind.BARE_OFFICER,
            Phrase.Kind.NEUTRAL, Phrase.Kind.CIVILIAN);

    /** Titles that take their kind from the agency above them. */
    private static final Set<Phrase.Kind> SIBLING_TITLES = Set.of(Phrase.Kind.RANK, Phrase.Kind.BARE_OFFICER, Phrase.Kind.NEUTRAL);

    /** Words that may stand inside an agency's name ("Bureau of Alcohol, Tobacco and Firearms"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "s");

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
            if (seen == 0 && datedTitleLine(k, l)) {
                continue; // "Ofc. - Patrol Division .... 2013-2016" over "Ofc. / K9 Handler - Canine Unit .... 2016-2022": titles stacked under one agency
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
     * Line {@code l} opens with a rank or a bare "Officer" and holds a year: an earlier title that, like the one
     * below it, takes its agency from the head. A named role there ("Correctional Officer, Ellis Unit, 1991-1996")
     * says what kind of agency the head is, so it stops the reading.
     */
    private boolean datedTitleLine(int k, int l) {
        boolean opens = false;
        for (int j = Math.max(0, k - MATCH_REACH); j < k && !opens; j++) {
            PhraseMatcher.Match m = matches.get(j);
            opens = t.line[m.first()] == l && SIBLING_TITLES.contains(m.phrase().kind()) && m.first() == t.firstTokenOfLine(l);
        }
        return opens && entries.get().dated(l);
    }

    /**
     * Under such a head, a detail line that calls the title sworn ("NC BLET certified, sworn") or dates it right
     * after it ("patrol officer, 2017-2018"): the entry's own title.
     */
    boolean ownDetail(int k, PhraseMatcher.Match m, int ln) {
        return over(k, ln) && (swornNear(m, ln) || datedAfter(m.last(), ln));
    }

    /**
     * "United States Secret Service" alone on a line, then, under it and separated by blank lines and duty
     * bullets, "Special Agent, Presidential Protective Division - Washington, DC, 2016 - 2021" and the
     * positions before it: a dated line opening with a rank takes the agency that heads its section. Reading
     * upward crosses only blank lines, bullets and other dated lines with no named role on them; any other
     * line ends it.
     */
    boolean sectionHead(int k, PhraseMatcher.Match m, int ln) {
        if (m.first() != t.firstTokenOfLine(ln) || !entries.get().dated(ln)) {
            return false;
        }
        for (int l = ln - 1; l >= 0 && ln - l <= SECTION_REACH_LINES; l--) {
            if (t.blankLine(text, l) || entries.get().inBullet(original, l)) {
                continue;
            }
            if (entries.get().dated(l)) {
                if (namedTitleOn(k, l)) {
                    return false; // "Records Clerk, 2009 - 2011": a named role says what the agency was to the applicant
                }
                continue; // "Special Agent, Atlanta Field Office, 2011 - 2016": an earlier position under the same head
            }
            boolean agency = false;
            for (int j = Math.max(0, k - SECTION_MATCH_REACH); j < k; j++) {
                PhraseMatcher.Match h = matches.get(j);
                if (t.line[h.first()] != l) {
                    continue;
                }
                if (TITLES.contains(h.phrase().kind())) {
                    return false;
                }
                agency |= h.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(h.phrase().family());
            }
            return agency && nameLine(l);
        }
        return false;
    }

    /** A title on line {@code l} that names its own kind (a role on the lists, a civilian or non-LE title). */
    private boolean namedTitleOn(int k, int l) {
        for (int j = Math.max(0, k - SECTION_MATCH_REACH); j < k; j++) {
            PhraseMatcher.Match h = matches.get(j);
            if (t.line[h.first()] == l && TITLES.contains(h.phrase().kind()) && !SIBLING_TITLES.contains(h.phrase().kind())
                    || t.line[h.first()] == l && h.phrase().kind() == Phrase.Kind.NON_LE) {
                return true;
            }
        }
        return false;
    }

    /** Every word on line {@code l} is capitalized, or a short joining word: a name alone on its line. */
    private boolean nameLine(int l) {
        for (int i = t.firstTokenOfLine(l); i < t.count && t.line[i] == l; i++) {
            char c = original.charAt(text.originalStart(t.start[i]));
            if (!Character.isUpperCase(c) && !NAME_JOINERS.contains(t.text(text, i))) {
                return false;
            }
        }
        return true;
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
