package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-ninth held-out run (set29, issue 12,
 * round 30), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyNinthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    private String explanations(String text) {
        StringBuilder all = new StringBuilder();
        for (AnalysisFinding f : analyzer.analyze(text).findings()) {
            all.append(f.explanation()).append('\n');
        }
        return all.toString();
    }

    @Test
    void an_explanation_puts_an_before_a_vowel_sound() {
        String armed = explanations("Experience\nArmed Security Officer, Allied Universal\n2015 - 2019\n");
        assertThat(armed).contains("is an armed security role").doesNotContain("a armed");
        // control: a consonant keeps "a"
        assertThat(explanations("Experience\nMilitary Police\n2015 - 2019\n")).contains("is a military police role");
        assertThat(Explanations.startsWithVowelSound("uniformed")).isFalse();
        assertThat(Explanations.startsWithVowelSound("immigration")).isTrue();
    }

    @Test
    void years_as_an_agency_s_civilian_staff_are_not_service() {
        assertThat(verdict("Dana Reyes\nSUMMARY\nAnalyst with nine years as DEA support staff in a records unit.\n"
                + "EXPERIENCE\nRecords Analyst, Elm Data Services, 2016 - present\n")).isEqualTo(Verdict.NOT_LE);
        // control: years with the agency itself stay service
        assertThat(verdict("Dana Reyes\nSUMMARY\nNine years with Elm Police Department in the patrol division.\n"
                + "EXPERIENCE\nShift Lead, Elm Hardware, 2020 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_inspector_at_a_polling_place_is_election_staff() {
        assertThat(verdict("Sam Ortiz\nCashier, Elm Grocery, 2015 - present\n"
                + "Poll Worker / Precinct Inspector - Elm County Elections, 2018 - present\n  Open the polls; check in voters.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a police inspector whose line mentions an election detail stays police
        assertThat(verdict("Sam Ortiz\nInspector, Elm Police Department - election security detail, 2010 - 2020\n"
                + "  Patrol supervision and arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_negation_that_wraps_onto_the_next_line_still_negates() {
        assertThat(verdict("R.T. - anonymized\nScreener - [Vendor], contract at a county courthouse - 3 years\n"
                + "  Bag checks at the door; hired by the vendor and not a\n  Deputy Sheriff.\nCook - [Employer 2] - 6 years\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a line that ends in a full sentence before the title keeps the title
        assertThat(verdict("R.T. - anonymized\nDuties at the door were not a burden\nPolice Officer, Elm Police Department, 2012 - 2020\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_part_time_officer_at_a_police_department_is_police() {
        assertThat(verdict("Kim Doyle\nPlumber, Doyle Plumbing, 2012 - present\n"
                + "Elm Village Police Department, Part-Time Officer, 2015 - 2019\n  Weekend patrol and arrests.\n"))
                .isEqualTo(Verdict.LE);
        // control: another word before "Officer" still names a non-police officer
        assertThat(verdict("Kim Doyle\nPlumber, Doyle Plumbing, 2012 - present\nElm Savings Bank, Loan Officer, 2015 - 2019\n"))
                .isEqualTo(Verdict.NOT_LE);
    }
}
