package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-ninth held-out run (set39, issue 12, round 39),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerThirtyNinthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_agency_in_the_entry_above_is_not_the_employer_of_a_one_line_entry_naming_its_own() {
        assertThat(verdict("Raymond Adeyemi\nNurse Reviewer, Elm Health Plan, Orlando FL, 2018-present\n"
                + "   Utilization review; criminal matters go to OIG investigators.\n"
                + "Special Investigations Unit Investigator, Progressive Insurance, Tampa, 2012-2018\n"
                + "   Investigated suspicious auto claims.\n")).isEqualTo(Verdict.NOT_LE);
        // control: an investigator whose own line names a law-enforcement agency
        assertThat(verdict("Raymond Adeyemi\nNurse Reviewer, Elm Health Plan, Orlando FL, 2018-present\n"
                + "   Utilization review.\nInvestigator, Elm County Sheriff's Office, Tampa, 2012-2018\n"
                + "   Burglary and theft cases; arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_summary_in_years_does_not_stretch_an_entry_dated_in_months() {
        String entries = "\nExperience\nElm State Patrol — Trooper        Aug 2018 – May 2019\nOrtiz Hardware — Manager   2019 – present\n";
        assertThat(verdict("Sam Ortiz\n\nSummary\nFormer Elm State Patrol trooper (2018–2019), then the family store.\n" + entries))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a summary in years over a different, longer span still counts
        assertThat(verdict("Sam Ortiz\n\nSummary\nFormer Elm State Patrol trooper (2012–2019), then the family store.\n" + entries))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_employer_and_dates_on_three_lines_at_the_top_are_an_entry_not_a_headline() {
        assertThat(verdict("Lee Ann Parrish\nElmwood, SC\n\nDeputy Sheriff II — Uniform Patrol\nElm County Sheriff's Office, Elmwood SC\n"
                + "June 2022 – Present\n  - Respond to calls, arrest suspects, investigate collisions\n\n"
                + "Detention Officer — Elm County Detention Center\nFeb 2020 – June 2022\n  - Housing units, intake, transport\n"))
                .isEqualTo(Verdict.LE);
        // control: a headline over a dated reserve post is the summary's claim
        assertThat(verdict("Lee Ann Parrish\nDecorated police officer\nElmwood, SC\n"
                + "2019 - present  Reserve Police Officer, Elmwood Police Department\n"
                + "2012 - 2019  Detention Officer, Elm County Detention Center\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void lower_case_ranks_listed_after_an_agency_and_a_dash_are_the_entrys_titles() {
        assertThat(verdict("Résumé of Maria Venn\nElmira, NY\n\n"
                + "1990-2016  Elmira Police Department — officer, sergeant, lieutenant (patrol, then training)\n"
                + "2016-2024  Executive Director, Elmira Youth Foundation\n")).isEqualTo(Verdict.LE);
        // control: words after the dash that only begin with a title are the work, not a title held
        assertThat(verdict("Maria Venn\nElmira, NY\n\n"
                + "2016-2024  Grants writer for the Elmira Police Department — officer wellness grants, sergeant exam logistics\n"
                + "2010-2016  Elm Credit Union, teller\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_municipal_police_training_academy_graduate_never_hired_is_left_to_a_person() {
        assertThat(verdict("JORDAN PIKE\nElmhurst, RI\n\nEDUCATION\nElm State Municipal Police Training Academy — graduated 2023\n"
                + "B.A. Sociology, Elm College, 2022\n\nEXPERIENCE\nNot hired by a department after the academy; no sworn service.\n"
                + "Personal Banker, Elm Bank — 2023–present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: an instructor at such an academy is not its graduate
        assertThat(verdict("JORDAN PIKE\nElmhurst, RI\n\nEDUCATION\nB.A. Sociology, Elm College, 2022\n\nEXPERIENCE\n"
                + "Instructor (defensive tactics), Elm State Municipal Police Training Academy — 2023–present\n"
                + "Personal Banker, Elm Bank — 2021–2023\n")).isEqualTo(Verdict.NOT_LE);
    }
}
