package org.secondlook.analysis;

import java.util.Set;

/**
 * A job offer the applicant turned down ("offered me a deputy position; I turned it down"): a road not
 * taken, not service. Reads at most a few words on either side of the title (moved out of {@link Cues}).
 */
final class DeclinedOffers {
    /** How far (tokens) an offer and its refusal may sit from the title. */
    private static final int OFFER_REACH_TOKENS = 14;
    /** How far into the next sentence its refusal may stand ("... as a Police Officer. I declined the offer"). */
    private static final int NEXT_SENTENCE_OPENING = 2;
    private static final Set<String> OFFER = Set.of("offer", "offered", "offers");
    private static final Set<String> REFUSAL = Set.of("declined", "decline", "declining", "refused", "rejected", "turned",
        "turning", "withdrew", "passed");

    private DeclinedOffers() {
    }

    /**
     * A job offer around the title that the applicant refused: "offer" before the title in its
     * sentence and a refusal ("declined", "turned it down") after it, within a few words, in its sentence
     * or opening the next ("... as a Police Officer. I declined the offer") — a road not taken, not service.
     */
    static boolean declinedOffer(NormalizedText text, Tokens t, Cues cues, int first, int last) {
        boolean offer = false;
        for (int i = first - 1; i >= Math.max(0, first - OFFER_REACH_TOKENS); i--) {
            if (cues.crossesSentence(t.end[i], t.start[first])) {
                break;
            }
            if (OFFER.contains(t.text(text, i))) {
                offer = true;
                break;
            }
        }
        if (!offer) {
            return false;
        }
        int sentence = -1; // the first token of the next sentence, once the title's sentence has ended
        for (int i = last; i < Math.min(t.count, last + OFFER_REACH_TOKENS); i++) {
            if (fullStopOrParagraph(text, t.end[i - 1], t.start[i])) {
                if (sentence >= 0 || paragraph(text, t.end[i - 1], t.start[i])) {
                    return false;
                }
                sentence = i;
            }
            if (sentence >= 0 && i - sentence > NEXT_SENTENCE_OPENING) {
                return false;
            }
            String w = t.text(text, i);
            if (REFUSAL.contains(w) && (!w.startsWith("turn") && !w.equals("passed") || downOrUp(text, t, i))) {
                return true;
            }
        }
        return false;
    }

    /** A blank line between two offsets. */
    private static boolean paragraph(NormalizedText text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            newlines += text.chars[i] == '\n' ? 1 : 0;
        }
        return newlines > 1;
    }

    /** "turned it down", "turned down the offer", "passed it up". */
    private static boolean downOrUp(NormalizedText text, Tokens t, int i) {
        for (int j = i + 1; j <= Math.min(t.count - 1, i + 2); j++) {
            String w = t.text(text, j);
            if (w.equals("down") || w.equals("up")) {
                return true;
            }
        }
        return false;
    }

    /** A full stop, "!" or "?", or a blank line between two offsets (a ";" keeps the sentence: "a position; I declined it"). */
    private static boolean fullStopOrParagraph(NormalizedText text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.chars[i];
            newlines += c == '\n' ? 1 : 0;
            if (c == '.' || c == '!' || c == '?' || newlines > 1) {
                return true;
            }
        }
        return false;
    }
}
