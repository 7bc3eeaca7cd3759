package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fourteenth held-out run (set14, issue 12,
 * round 16), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerFifteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_abbreviated_officer_beside_its_agency_and_a_misspelled_office_are_read() {
        assertThat(verdict("WORK\nCHP Ofcr., Valley Division ........ 2014 - 2019\nDriver, Pine Freight, 2019 - present\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("WORK\nDep., Clay Co. Sherrif's Ofice, London KY - Jan 2015 to Feb 2019 (road patrol)\n"))
                .isEqualTo(Verdict.LE);
        // control: an office alone stays an office
        assertThat(verdict("WORK\nClerk, Clay Co. Ofice of Tourism, 2015 - 2019\n")).isEqualTo(Verdict.NOT_LE);
    }
}
