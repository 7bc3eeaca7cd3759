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
    void a_title_before_a_hyphenated_modifier_and_goods_or_before_an_academy_names_no_job() {
        assertThat(verdict("Contract Specialist (civilian), 2012 - present\n"
                + "   Bought CBP Officer body-worn cameras and radios.\n"))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("CERTIFICATIONS\n- Basic Peace Officer Academy, completed 2020; never commissioned\n\n"
                + "EMPLOYMENT\nSecurity Guard, Mercy Hospital, 2020 - present\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the title itself is still service
        assertThat(verdict("EMPLOYMENT\nPeace Officer, Mesa County Sheriff's Office, 2012 - 2020\n")).isEqualTo(Verdict.LE);
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
