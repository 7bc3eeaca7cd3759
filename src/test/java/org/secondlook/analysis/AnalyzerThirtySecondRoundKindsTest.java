package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-third and thirty-fourth held-out runs (set33 and
 * set34, issue 12, rounds 33 and 34), each with a control that must keep its verdict. None is taken from an
 * evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerThirtySecondRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private AnalysisResult result(String text) {
        return analyzer.analyze(text);
    }

    private Verdict verdict(String text) {
        return result(text).verdict();
    }

    @Test
    void a_title_inside_a_list_of_services_is_an_office_the_applicant_deals_with() {
        assertThat(verdict("Lee Adams\nEmergency Management Planner, Elm County, 2016 - present\n"
                + "Run EOC activations; coordinate with fire, EMS, sheriff and public works.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own lower-case title after a verb of service
        assertThat(verdict("Lee Adams\nI served as a sheriff's deputy in Elm County from 2010 to 2020.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_in_parentheses_glosses_the_role_before_it() {
        assertThat(verdict("Kay Owens\nCourt Officer (State Peace Officer) - Elm County Supreme Court, 2012 - present\n"
                + "  Courtroom security and jury escort.\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Kay Owens\nPolice Constable (police officer), Elmshire Transport Police - London, UK, 2012 - 2022\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a closed parenthesis of dates ends the first role; the next title is its own
        assertThat(verdict("Kay Owens\nElm County Sheriff's Office, 1999 - 2019\n"
                + "  Detention officer (1999-2001), Deputy Sheriff - Patrol (2001-2019)\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_deputy_whose_title_line_names_only_the_jail_is_corrections() {
        assertThat(verdict("Marc Fontaine\nELM PARISH SHERIFF'S OFFICE\nDeputy Sheriff - Corrections (Elm Justice Center jail only), 2017 - present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a deputy whose line names patrol beside the jail keeps street duty
        assertThat(verdict("Marc Fontaine\nDeputy Sheriff - Corrections and Patrol, Elm Parish Sheriff's Office, 2012 - 2020\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_reserve_title_makes_the_line_about_the_reserve_post() {
        assertThat(verdict("Freddie Cantu\nReserve Deputy Constable (volunteer), Elm County Constable Precinct 2 - 2018-present\n"
                + "Process Operator, Elm Refinery - 2009-present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a full-time deputy constable is sworn
        assertThat(verdict("Freddie Cantu\nDeputy Constable, Elm County Constable Precinct 2 - 2010-2020\n  Patrol and warrants.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void police_of_the_freely_associated_pacific_states_are_abroad() {
        assertThat(verdict("Joe Salik\nPolice Officer, Pohnpei State Department of Public Safety, Federated States of Micronesia - 2006-2015\n"
                + "Security Officer (unarmed), Elm Bay Hotel, Guam - 2016-present\n")).isEqualTo(Verdict.UNCERTAIN);
        // controls: Guam is in the United States, and a misspelled "Marshall" is still a marshal
        assertThat(verdict("Joe Salik\nPolice Officer, Guam Police Department - 2006-2015\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Joe Salik\nDeputy Marshall - Town of Elm Marshals Office - 2016 to 2020\n  sworn by the town\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_academy_finished_at_a_junior_college_or_named_for_criminal_justice_is_a_recruit_academy() {
        assertThat(verdict("Derek Alva\nGraduated POST Basic Academy, Elm Junior College Regional Police Academy, December 2022.\n"
                + "Process Assistant, Elm Fulfillment, 2023 - present\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Ash Park\nElm State Criminal Justice Academy - graduated Basic Law Enforcement class, 2021.\n"
                + "Substitute Teacher, Elm School District, 2022 - present\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Jay Whit\nI finished the Elm Technical College law enforcement academy in December 2018 but was never hired.\n"
                + "Bus Operator, Elm Transit, 2019 - present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a junior police academy is a youth program
        assertThat(verdict("Derek Alva\nGraduated from the Elm Junior Police Academy (summer youth program), 2015\n"
                + "Process Assistant, Elm Fulfillment, 2023 - present\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_officer_escort_is_not_an_officer_s_title() {
        assertThat(verdict("Jo White, LPN\nLPN, Elm Health / State Dept. of Corrections contract, 2016 - present\n"
                + "- Officer escort for all cell-side visits; I am medical staff, not custody\n")).isEqualTo(Verdict.NOT_LE);
        // control: a bare "Officer" title line with dates is still deferred
        assertThat(verdict("Jo White\nOfficer, 2014 - 2021\n  Night shift.\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
