package org.secondlook.analysis;

import java.util.Set;

/**
 * Whose title it is in interview notes, call notes and chat transcripts: a title in the heading line of
 * such notes ("HireBot chat - Police Officer (Entry Level), City of Elm", "Call notes - Claims Adjuster") is
 * the position the interview is for, not a job the applicant held; a title in a sentence about another
 * candidate ("other finalist (Jones) is a former state trooper", "compare with candidate #2, who ...") is
 * that candidate's. Reads only the title's line up to the title.
 */
final class Interviews {
    /** Words of a heading that names notes or a transcript of an interview, a call or a chat. */
    private static final Set<String> HEADING_WORDS = Set.of("interview", "transcript", "chat", "screen", "screening", "notes");
    /** Words for the people competing for the same job. */
    private static final Set<String> CANDIDATES = Set.of("candidate", "candidates", "cand", "finalist", "finalists",
            "applicant", "applicants");
    /** How far back (tokens) on the title's line "other candidate" may stand. */
    private static final int REACH = 10;

    private Interviews() {
    }

    /** How many words of the first line a heading may run to before its title (a one-line text stays linear). */
    private static final int HEADING_TOKENS = 24;

    /** The title stands on the first line of the text, within its first words, after a word that names interview or chat notes. */
    static boolean positionInHeading(NormalizedText text, Tokens t, int first) {
        return first <= HEADING_TOKENS && t.line[first] == t.line[0] && headingWordBefore(text, t, first);
    }

    /**
     * The text opens with a heading that names interview, call or chat notes ("Call notes - Claims Adjuster"):
     * its bullets are what the applicant said or what the interviewer noted about the applicant ("- 3 years
     * as a police officer with ..."), not the duty lines of a résumé entry.
     */
    static boolean notes(NormalizedText text, Tokens t) {
        int end = 0;
        while (end < Math.min(t.count, HEADING_TOKENS + 1) && t.line[end] == t.line[0]) {
            end++;
        }
        return headingWordBefore(text, t, end);
    }

    private static boolean headingWordBefore(NormalizedText text, Tokens t, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (HEADING_WORDS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** "other cand (Sosa) is a former trooper", "candidate #2 (Alvarez), who is ...": another candidate's title. */
    static boolean otherCandidate(NormalizedText text, Tokens t, int first) {
        for (int i = first - 1; i >= Math.max(1, first - REACH) && t.line[i] == t.line[first]; i--) {
            if (Sentences.endAfter(text, t, i)) {
                return false;
            }
            String w = t.text(text, i);
            if (CANDIDATES.contains(w) && t.text(text, i - 1).equals("other")) {
                return true;
            }
            if (CANDIDATES.contains(w) && i + 1 < first && Character.isDigit(text.chars[t.start[i + 1]])) {
                return true; // "candidate #2"
            }
        }
        return false;
    }
}
