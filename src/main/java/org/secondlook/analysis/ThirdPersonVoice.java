package org.secondlook.analysis;

/**
 * "She retired in 2020 after 28 years as an officer" in a résumé its applicant writes as "I": a sentence that opens
 * with "she" or "he" is about someone else (a mentor, a parent) when the rest of the résumé speaks in the first
 * person. A third-person bio ("She served 20 years with the Elm PD"), with no sentence opening "I", keeps its titles.
 * Reads back at most 80 tokens to the title's sentence start, and the résumé's sentence starts once.
 */
final class ThirdPersonVoice {
    /** The longest sentence read, in tokens: keeps a one-line text of any length linear. */
    private static final int SENTENCE_TOKENS = 80;
    private final Words words;
    private final Tokens t;
    /** 0 not yet read, 1 no sentence opens with "I", 2 one does. */
    private byte firstPerson;

    ThirdPersonVoice(Words words, Tokens t) {
        this.words = words;
        this.t = t;
    }

    boolean someoneElse(int first) {
        int s = sentenceStart(first);
        if (s < 0) {
            return false;
        }
        String opener = words.word(s);
        return ("she".equals(opener) || "he".equals(opener)) && firstPerson();
    }

    private boolean firstPerson() {
        if (firstPerson == 0) {
            firstPerson = 1;
            for (int i = 0; i < t.count; i++) {
                if ("i".equals(words.word(i)) && sentenceStart(i) == i && words.startsUpperCase(i)) {
                    firstPerson = 2;
                    break;
                }
            }
        }
        return firstPerson == 2;
    }

    /** The first token of token {@code i}'s sentence, read back at most {@link #SENTENCE_TOKENS} tokens (a run-on counts as none). */
    private int sentenceStart(int i) {
        int from = i;
        while (i > 0 && !words.sentenceBreak(t.end[i - 1], t.start[i])) {
            if (from - i >= SENTENCE_TOKENS) {
                return -1;
            }
            i--;
        }
        return i;
    }
}
