package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twelfth held-out run (set12, issue 12,
 * round 14), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerThirteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_spaced_dash_after_a_title_separates_it_from_its_employer_and_is_no_compound() {
        assertThat(verdict("Police Officer \u2014 Bureau of Land Management, Boise District    2011 \u2013 2019\n"
                + "  - patrol of public lands, arrests, case reports\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Police Officer - Division of Parks, Cedar County, 2011 - 2019\n"))
                .isEqualTo(Verdict.LE);
        // control: a hyphen that joins the words still makes the title a modifier
        assertThat(verdict("Bookkeeper, Alder & Co., 2012 - 2020\nBuilt the officer-scheduling workbook for a client.\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Payroll Clerk, 2014 - 2022: processed police officer-bureau overtime sheets.\n"))
                .isNotEqualTo(Verdict.LE);
    }
}
