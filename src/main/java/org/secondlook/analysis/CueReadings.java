package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;

import java.util.List;

/**
 * A title read together with the nearest earlier cue of its sentence ("hope to become a trooper",
 * "worked with the county's detective"), and training phrases, which are read only with a negation or
 * aspiration cue. Marks the cues it uses, so they leave no finding of their own.
 */
final class CueReadings {
    /** Per match: a cue already read with a title. */
    final boolean[] consumed;
    private final List<PhraseMatcher.Match> matches;
    private final Cues cues;
    private final Findings log;

    CueReadings(List<PhraseMatcher.Match> matches, Cues cues, Findings log) {
        this.consumed = new boolean[matches.size()];
        this.matches = matches;
        this.cues = cues;
        this.log = log;
    }

    /** "Work directly with the Marden PD traffic sergeant": a title the gate leaves out still shows its "worked with" cue. */
    void otherPersonCue(int k, PhraseMatcher.Match m) {
        int cue = cues.before(k, false);
        if (cue >= 0 && Cues.category(matches.get(cue).phrase().kind()) == FindingCategory.THIRD_PARTY) {
            cueFinding(k, m, false);
        }
    }

    /** Reads the title with the nearest earlier cue of its sentence as one finding ("hope to become a trooper"); false if none. */
    boolean cueFinding(int k, PhraseMatcher.Match m, boolean onlyNegationOrAspiration) {
        int cue = cues.before(k, onlyNegationOrAspiration);
        if (cue < 0) {
            return false;
        }
        consumed[cue] = true;
        PhraseMatcher.Match c = matches.get(cue);
        log.add(c.first(), m.last(), Cues.category(c.phrase().kind()), Explanations.forCue(c.phrase().kind(), log.span(c.first(), m.last())));
        return true;
    }

    void training(int k, PhraseMatcher.Match m) {
        if (cueFinding(k, m, true)) {
            return;
        }
        int negation = cues.negationBefore(m.first());
        if (negation >= 0) { // "no peace-officer license": a certification the applicant says they lack
            log.add(negation, m.last(), FindingCategory.NEGATION, Explanations.forCue(Phrase.Kind.NEGATION, log.span(negation, m.last())));
            return;
        }
        log.add(m.first(), m.last(), FindingCategory.LE_TRAINING,
                Explanations.standalone(FindingCategory.LE_TRAINING, log.span(m.first(), m.last())));
    }
}
