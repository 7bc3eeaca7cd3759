package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rank_r_precision and unnecessary deferral as issue 12 defines them. */
class EvaluationRankingTest {
    private static void add(Evaluation ev, String id, Verdict gold, Verdict predicted, double risk, boolean officer) {
        ev.add(id, gold, predicted, List.of(), risk, officer);
    }

    @Test
    void rankRPrecisionTakesTheFirstPByRiskAmongResumesHoldingOfficer() {
        Evaluation ev = new Evaluation();
        add(ev, "a", Verdict.NOT_LE, Verdict.NOT_LE, 0.95, true);
        add(ev, "b", Verdict.LE, Verdict.NOT_LE, 0.90, true);
        add(ev, "c", Verdict.NOT_LE, Verdict.NOT_LE, 0.80, true);
        add(ev, "d", Verdict.LE, Verdict.LE, 0.05, true);
        add(ev, "e", Verdict.NOT_LE, Verdict.NOT_LE, 0.99, false); // no "officer": not in the queue
        // P = 2 (a, c); the first two by risk are a (NOT_LE) and b (LE)
        assertThat(ev.rankedResumes()).isEqualTo(4);
        assertThat(ev.rankRPrecision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void tiesAtTheCutCountAtTheirExpectedShare() {
        Evaluation ev = new Evaluation();
        add(ev, "a", Verdict.NOT_LE, Verdict.NOT_LE, 0.9, true);
        add(ev, "b", Verdict.NOT_LE, Verdict.NOT_LE, 0.5, true);
        add(ev, "c", Verdict.LE, Verdict.UNCERTAIN, 0.5, true);
        add(ev, "d", Verdict.UNCERTAIN, Verdict.UNCERTAIN, 0.5, true);
        // P = 2: a, then one slot shared by three tied résumés of which one is NOT_LE -> 1 + 1/3
        assertThat(ev.rankRPrecision()).isCloseTo((1 + 1 / 3.0) / 2, within(1e-9));
    }

    @Test
    void unnecessaryDeferralCountsOnlySettledLabels() {
        Evaluation ev = new Evaluation();
        add(ev, "a", Verdict.LE, Verdict.UNCERTAIN, 0.5, true);
        add(ev, "b", Verdict.NOT_LE, Verdict.NOT_LE, 0.9, true);
        add(ev, "c", Verdict.UNCERTAIN, Verdict.UNCERTAIN, 0.5, true);
        add(ev, "d", Verdict.NOT_LE, Verdict.NOT_LE, 0.9, true);
        assertThat(ev.unnecessaryDeferral()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(ev.deferralRate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noNotLeInTheQueueGivesNoFigure() {
        Evaluation ev = new Evaluation();
        add(ev, "a", Verdict.LE, Verdict.LE, 0.05, true);
        assertThat(ev.rankRPrecision()).isNaN();
    }
}
