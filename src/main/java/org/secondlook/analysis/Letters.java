package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * A recommendation letter pasted into a résumé ("I write in support of ...", "reference letter"): after
 * its cue, a title in a first-person sentence ("As a police officer for 28 years and chief for the last
 * six, I have seen ...") or in the signature under a complimentary close ("Respectfully,") or beside the
 * writer's name ({@link SignatureLines}) is the writer's own, not the applicant's. A letter may also open
 * with a heading line ("LETTER", "Commendation - "); after one, only a signature line beside a name is read. Titles in sentences about the applicant ("she", "he", "they") keep
 * their reading; the cue itself is only a marker, never a third-party cue for a title beside it.
 */
final class Letters extends Passage {
    private static final int SENTENCE_REACH = 30;
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me");
    /** A sentence that also speaks of the applicant ("She served as a deputy under my command") is about the applicant. */
    private static final Set<String> THIRD_PERSON = Set.of("she", "he", "her", "him", "his", "hers", "they", "them", "their");
    private static final Set<String> CLOSES = Set.of("respectfully", "sincerely", "regards", "cordially");
    private final Cues cues;
    /** The first token of the letter's cue, or -1 (computed once). */
    private int start = -2;
    /** The first token of a letter heading line ("LETTER"), or -1 (computed once). */
    private int heading = -2;

    Letters(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, Cues cues) {
        super(original, text, t, matches);
        this.cues = cues;
    }

    private int start() {
        if (start == -2) {
            start = -1;
            for (PhraseMatcher.Match m : matches) {
                if (m.phrase().kind() == Phrase.Kind.THIRD_PARTY && "letter".equals(m.phrase().family())) {
                    start = m.first();
                    break;
                }
            }
        }
        return start;
    }

    private int heading() {
        if (heading == -2) {
            heading = SignatureLines.heading(text, t);
        }
        return heading;
    }

    /**
     * The title at tokens [first, last) is the letter writer's own. After a heading line alone ("LETTER"),
     * which may also head the applicant's own cover letter, only a signature line beside a name counts.
     */
    boolean writers(int first, int last) {
        int s = start();
        if (s >= 0 && first >= s && (signature(first) || SignatureLines.signs(original, text, t, first, last, s)
                || firstPerson(first, last) && !SignatureLines.applicantByName(original, text, t, last))) {
            return true;
        }
        int h = heading();
        return h >= 0 && first >= h && SignatureLines.signs(original, text, t, first, last, h);
    }

    /** A complimentary close ("Respectfully,") opens one of the two lines above the title's. */
    private boolean signature(int first) {
        int ln = t.line[first];
        for (int l = ln - 1; l >= Math.max(0, ln - 2); l--) {
            int i = t.firstTokenOfLine(l);
            if (i < t.count && t.line[i] == l && CLOSES.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** "I", "my" or "me" in the title's sentence, before or after it, and no "she", "he" or "they". */
    private boolean firstPerson(int first, int last) {
        boolean writer = false;
        for (int i = first - 1; i >= Math.max(0, first - SENTENCE_REACH) && !cues.crossesSentence(t.end[i], t.start[i + 1]); i--) {
            String w = t.text(text, i);
            if (THIRD_PERSON.contains(w)) {
                return false;
            }
            writer |= FIRST_PERSON.contains(w);
        }
        for (int i = last; i < Math.min(t.count, last + SENTENCE_REACH) && !cues.crossesSentence(t.end[i - 1], t.start[i]); i++) {
            String w = t.text(text, i);
            if (THIRD_PERSON.contains(w)) {
                return false;
            }
            writer |= FIRST_PERSON.contains(w);
        }
        return writer;
    }
}
