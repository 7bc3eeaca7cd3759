package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * Prose service with no title on the lists: a count of years, then only service words and the
 * agency's own capitalised name, before a law-enforcement agency that is not a client, beat or
 * contact ("11 years with Anchorage Police Department"). Asked only when no title made LE.
 */
final class YearsOfService {
    private final Tokens t;
    private final List<PhraseMatcher.Match> matches;
    private final Section[] sections;
    private final Context context;
    private final Surroundings around;
    private final Cues cues;
    private final Words words;

    YearsOfService(Tokens t, List<PhraseMatcher.Match> matches, Section[] sections, Context context, Surroundings around,
            Cues cues, Words words) {
        this.t = t;
        this.matches = matches;
        this.sections = sections;
        this.context = context;
        this.around = around;
        this.cues = cues;
        this.words = words;
    }

    /** Words that, right after an agency, make it a program's host ("Sheriff's Office Explorer program"). */
    private static final Set<String> PROGRAMS = Set.of("explorer", "explorers", "program", "cadet", "cadets", "academy",
            "youth", "camp", "internship", "intern", "volunteer", "volunteers", "citizens");
    /** Words after the agency match in which a program word may stand ("Sheriff" + "'s Office Explorer"). */
    private static final int PROGRAM_REACH = 4;
    private static final Set<String> SERVICE_GAP = Set.of("with", "at", "in", "on", "of", "for", "the",
            "wearing", "badge", "serving", "served", "sworn", "service", "a", "an", "member", "as", "patrol");

    /**
     * The first such mention ("eleven years wearing the badge of the Anchorage Police Department") as
     * {first token, end token, the agency's first token}, or null.
     */
    int[] find() {
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            int ln = t.line[m.first()];
            if (m.phrase().kind() != Phrase.Kind.AGENCY || !"le".equals(m.phrase().family()) || context.framed(k)
                    || sections[ln] == Section.REFERENCES || sections[ln] == Section.TEACHING || sections[ln] == Section.EDUCATION || sections[ln] == Section.OBJECTIVE
                    || sections[ln] == Section.CREATIVE || around.near(k, ln, "military", 0) || around.foreign(k, ln)) {
                continue;
            }
            int i = m.first() - 1;
            int names = 0;
            while (i >= 0 && m.first() - i <= 10 && t.line[i] == ln && words.startsUpperCase(i) && names < 3
                    && !SERVICE_GAP.contains(words.word(i))) {
                i--; // the agency's own name ("Anchorage")
                names++;
            }
            if (i >= 0 && ("a".equals(words.word(i)) || "an".equals(words.word(i)))) {
                continue; // "7 years at a state police lab": an agency of a kind, not a named employer
            }
            while (i >= 0 && m.first() - i <= 12 && SERVICE_GAP.contains(words.word(i))) {
                i--;
            }
            if (i < 1 || !"years".equals(words.word(i)) || !words.yearCount(i - 1) || t.line[i - 1] != ln
                    || words.sentenceBreak(t.end[i], t.start[m.first()]) || cues.before(k, false) >= 0) {
                continue;
            }
            if (programAfter(m.last(), ln)) {
                continue; // "four years in the Wake County Sheriff's Office Explorer program": a youth program, not service
            }
            return new int[] {i - 1, m.last(), m.first()};
        }
        return null;
    }

    /** A youth, cadet or training program named right after the agency, on its line. */
    private boolean programAfter(int end, int ln) {
        for (int i = end; i < Math.min(t.count, end + PROGRAM_REACH) && t.line[i] == ln; i++) {
            if (PROGRAMS.contains(words.word(i))) {
                return true;
            }
        }
        return false;
    }
}
