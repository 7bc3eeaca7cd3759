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
            "wearing", "badge", "serving", "served", "sworn", "service", "a", "an", "member", "as", "patrol",
            "i", "carried", "and", "gun", "wore",
            // "seventeen years working the midnight shift in a marked squad for the Village of ... PD": the work of patrol
            "working", "worked", "midnight", "night", "day", "shift", "shifts", "marked", "squad", "car", "cruiser", "beat",
            "village", "town");

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
            int i = beforeName(m.first(), ln);
            int[] retired = retiredAfterYears(i, m, ln);
            if (retired != null && cues.before(k, false) < 0) {
                return retired;
            }
            if (i >= 0 && ("a".equals(words.word(i)) || "an".equals(words.word(i)))) {
                continue; // "7 years at a state police lab": an agency of a kind, not a named employer
            }
            while (i >= 0 && m.first() - i <= 16 && (SERVICE_GAP.contains(words.word(i)) || year(words.word(i)))) {
                i--; // "eight years (2009-2017) wearing a badge for the Town of Elm": the years' own dates may stand between
            }
            if (i < 1 || !"years".equals(words.word(i)) || !words.yearCount(i - 1) || t.line[i - 1] != ln
                    || words.sentenceBreak(t.end[i], t.start[m.first()]) || cues.before(k, false) >= 0) {
                continue;
            }
            if (programAfter(m.last(), ln)) {
                continue; // "four years in the Wake County Sheriff's Office Explorer program": a youth program, not service
            }
            if (roleAfter(m.last(), ln) || nounAfter(m.last(), ln)) {
                continue; // "ten years with the DEA as a Diversion Investigator": the role named after "as" says what the years were
            }
            return new int[] {i - 1, m.last(), m.first()};
        }
        return null;
    }

    private static boolean year(String w) {
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"));
    }

    /** The token before the agency's own capitalized name ("Anchorage"), at most three words, on its line. */
    private int beforeName(int first, int ln) {
        int i = first - 1;
        int names = 0;
        while (i >= 0 && first - i <= 10 && t.line[i] == ln && words.startsUpperCase(i) && names < 3
                && !SERVICE_GAP.contains(words.word(i))) {
            i--;
            names++;
        }
        return i;
    }

    /**
     * "Retired from the Tulsa Police Department after 24 years": "retired from" (optionally "the") before
     * the agency's name and "after N years" right after the agency, on one line, as {first token, end
     * token, the agency's first token}, or null.
     */
    private int[] retiredAfterYears(int before, PhraseMatcher.Match m, int ln) {
        int i = before >= 0 && "the".equals(words.word(before)) ? before - 1 : before;
        if (i < 1 || t.line[i - 1] != ln || !"from".equals(words.word(i))
                || !("retired".equals(words.word(i - 1)) || "retiring".equals(words.word(i - 1)))) {
            return null;
        }
        int j = m.last();
        if (j + 2 >= t.count || t.line[j + 2] != ln || !"after".equals(words.word(j)) || !words.yearCount(j + 1)
                || !"years".equals(words.word(j + 2))) {
            return null;
        }
        int end = j + 3;
        if (end + 1 < t.count && t.line[end] == ln && "of".equals(words.word(end))
                && ("service".equals(words.word(end + 1)) || "sworn".equals(words.word(end + 1)))) {
            return new int[] {i - 1, end, m.first()}; // "after 24 years of service"
        }
        return end >= t.count || t.line[end] != ln || words.sentenceBreak(t.end[end - 1], t.start[end])
                ? new int[] {i - 1, end, m.first()} : null; // not "after 30 years as a civilian 911 telecommunicator"
    }

    /**
     * "as a/an <role>" right after the agency, on its line, where the role is not a service word ("as a
     * sworn member" stays service): the role, read on its own, decides.
     */
    private boolean roleAfter(int end, int ln) {
        int i = end;
        if (i >= t.count || t.line[i] != ln || !"as".equals(words.word(i))) {
            return false;
        }
        i++;
        if (i < t.count && t.line[i] == ln && ("a".equals(words.word(i)) || "an".equals(words.word(i)))) {
            i++;
        }
        return i < t.count && t.line[i] == ln && !SERVICE_GAP.contains(words.word(i));
    }

    /** Words that may follow the agency in a clause about service ("with Elm PD in Ohio", "... until 2019"). */
    private static final Set<String> LINKS = Set.of("and", "or", "in", "at", "on", "for", "from", "to", "until", "till",
            "before", "after", "where", "then", "during", "while", "since", "under", "including", "through", "s");

    /**
     * A lowercase noun right after the agency, with only a space between ("eleven years as FBI professional
     * staff", "nine years as Elm PD dispatcher"): the agency names whose staff; the noun, read on its own,
     * decides. A link word or a verb form ("patrolling", "retired") keeps the years as service.
     */
    private boolean nounAfter(int end, int ln) {
        if (end >= t.count || t.line[end] != ln || t.start[end] - t.end[end - 1] != 1
                || words.text.chars[t.end[end - 1]] != ' ' || words.startsUpperCase(end)) {
            return false;
        }
        String w = words.word(end);
        return w.length() > 2 && Character.isLetter(w.charAt(0)) && !LINKS.contains(w) && !SERVICE_GAP.contains(w)
                && !w.endsWith("ing") && !w.endsWith("ed");
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
