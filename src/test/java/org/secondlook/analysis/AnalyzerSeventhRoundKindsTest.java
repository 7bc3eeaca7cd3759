package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the sixth held-out run (issue 12, round 8,
 * "structure first"), each with a control that must keep its verdict. None is taken from an
 * evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerSeventhRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_rank_in_the_middle_of_a_duty_bullet_is_someone_elses() {
        assertThat(verdict("Records Analyst (civilian, non-sworn)\nHarlow State Police, Records Bureau\n2015 - 2023\n"
                + "- Prepare case binders for briefings with Lt. and Sgt. investigators\n")).isEqualTo(Verdict.NOT_LE);
        // control: the rank opens its bullet under an agency's entry ("Promoted to Sergeant")
        assertThat(verdict("Harlow Police Department, 2008 - 2022\n  - Promoted to Sergeant, 2015; led a patrol squad\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_wrapped_bullet_line_is_still_a_duty_bullet() {
        assertThat(verdict("Outreach Coordinator, Office of Alderman P. Voss, 2016 - 2024\n"
                + "- Meet monthly with residents and the Kestrel Police Department's\n"
                + "  2nd District commanding officer about traffic complaints\n")).isEqualTo(Verdict.NOT_LE);
        // control: a title line over its employer line stays the applicant's service
        assertThat(verdict("Commanding Officer, 2nd District\nKestrel Police Department, 2010 - 2024\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_lower_case_officer_in_running_text_beside_an_agency_is_no_title() {
        assertThat(verdict("Data Reporter, The Millbrook Courier, 2017 - 2024\n"
                + "Cover the Millbrook Police Department and county sheriff budgets,\nofficer overtime and complaint records\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: first-person prose keeps the title its own
        assertThat(verdict("For twelve years I was the senior investigator at the Millbrook Police Department, 2008 - 2020.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_that_a_sentence_is_about_is_not_held() {
        assertThat(verdict("Arson Analyst, Pell County Fire District, 2012 - 2024\n"
                + "  * Investigator is not a commissioned post; arrests go to the Pell County Sheriff's Office\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_agency_of_a_kind_after_a_year_count_names_no_employer() {
        assertThat(verdict("SUMMARY\nChemist with 9 years at a state police laboratory, civilian staff.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the agency's own name after the years stays own service
        assertThat(verdict("SUMMARY\nRetired with 21 years with the Dunmore Police Department.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_fire_rank_on_a_line_that_says_fire_under_a_fire_service() {
        assertThat(verdict("FIRE SERVICE - Wexley Fire Department, 2004 - present\n"
                + "Captain / Fire Inspector, Fire Marshal's Office - 2015 - present\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_lower_case_title_before_a_plural_noun_modifies_it() {
        assertThat(verdict("Sales Manager, Norcrest Outfitters, 2012 - 2024\n"
                + "Sold trooper uniforms and deputy sheriff holsters to state agencies\n")).isEqualTo(Verdict.NOT_LE);
        // control: a capitalized title on its own entry line
        assertThat(verdict("Trooper, Norcrest State Patrol, 2005 - 2012\nSales Manager, Norcrest Outfitters, 2012 - 2024\n"))
                .isEqualTo(Verdict.LE);
    }
}
