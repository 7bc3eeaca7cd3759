package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * First-person prose with no title on the lists: "I joined the New Orleans Police Department in 1998 right out of
 * school". "I joined" (optionally "the") right before a law-enforcement agency's own name says the applicant
 * went to work there, and policing is what such an agency hires for; a role the sentence names ("as a
 * dispatcher"), a civilian or training word in it, or a longer name after the agency ("Police Athletic
 * League", "FBI National Academy Associates") leaves it to the rest of the résumé. Asked only when no title
 * made LE; reads the agency's sentence on its own line, at most {@link #SENTENCE_TOKENS} words after it.
 */
final class JoinedAgency {
    private JoinedAgency() {
    }

    private static final int SENTENCE_TOKENS = 20;
    /** Capitalized words of the agency's name before the match ("New Orleans" before "Police Department"). */
    private static final int NAME_WORDS = 4;
    /** Words after the agency that make it a program, a club or a union, not an employer. */
    private static final Set<String> NOT_SERVICE = Set.of("explorer", "explorers", "program", "cadet", "cadets", "academy",
            "youth", "camp", "internship", "intern", "volunteer", "volunteers", "citizens", "auxiliary", "reserve", "reserves",
            "league", "association", "foundation", "union", "board", "commission", "civilian", "staff", "as");

    /** Matches that name what the applicant did there; a rank ("and worked patrol") or a sworn cue does not. */
    private static final Set<Phrase.Kind> NAMING = Set.of(Phrase.Kind.ROLE, Phrase.Kind.BARE_OFFICER, Phrase.Kind.NEUTRAL,
            Phrase.Kind.CIVILIAN, Phrase.Kind.NON_LE, Phrase.Kind.TRAINING);

    /** {first token, end token, the agency's first token} of the first such sentence, or null. */
    static int[] find(Tokens t, List<PhraseMatcher.Match> matches, Section[] sections, Context context, Surroundings around,
            Cues cues, Words words) {
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            int ln = t.line[m.first()];
            Section s = sections[ln];
            if (m.phrase().kind() != Phrase.Kind.AGENCY || !"le".equals(m.phrase().family()) || context.framed(k)
                    || s == Section.REFERENCES || s == Section.TEACHING || s == Section.EDUCATION || s == Section.OBJECTIVE
                    || s == Section.CREATIVE || around.near(k, ln, "military", 0) || around.foreign(k, ln)) {
                continue;
            }
            int i = m.first() - 1;
            while (i >= 0 && m.first() - i <= NAME_WORDS && t.line[i] == ln && words.startsUpperCase(i) && !"i".equals(words.word(i))) {
                i--;
            }
            if (i >= 0 && "the".equals(words.word(i))) {
                i--;
            }
            if (i < 1 || t.line[i - 1] != ln || !"joined".equals(words.word(i)) || !"i".equals(words.word(i - 1))
                    || cues.before(k, false) >= 0 || !serviceSentence(t, matches, words, k, ln)) {
                continue;
            }
            return new int[] {i - 1, m.last(), m.first()};
        }
        return null;
    }

    /** The rest of the agency's sentence names no role, program, civilian or training word, and no longer name. */
    private static boolean serviceSentence(Tokens t, List<PhraseMatcher.Match> matches, Words words, int k, int ln) {
        int end = matches.get(k).last();
        if (end < t.count && t.line[end] == ln && !words.sentenceBreak(t.end[end - 1], t.start[end]) && words.startsUpperCase(end)) {
            return false; // "I joined the Police Athletic League"
        }
        int last = end;
        while (last < Math.min(t.count, end + SENTENCE_TOKENS) && t.line[last] == ln
                && !words.sentenceBreak(t.end[last - 1], t.start[last])) {
            if (NOT_SERVICE.contains(words.word(last))) {
                return false;
            }
            last++;
        }
        for (int j = k + 1; j < matches.size() && matches.get(j).first() < last; j++) {
            if (NAMING.contains(matches.get(j).phrase().kind())) {
                return false; // "... and worked as a jail deputy": the role the sentence names is read on its own
            }
        }
        return true;
    }
}
