package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-eighth held-out run (set28, issue 12,
 * round 29), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyEighthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_national_or_regional_police_outside_the_us_named_with_its_accents_or_abbreviation_is_foreign() {
        assertThat(verdict("Jean Moise\nAgent, Police Nationale d'Haïti, Cap-Haïtien, 2009-2017\nPatrol and arrests\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Minh Le\n2006 - 2016: Officer of the People's Police, Hue, Viet Nam. Rank Captain.\n"
                + "   City police station: patrol; theft cases.\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Sam Dhillon\nConstable, York Regional Police, 2012-2022\nDetails\n"
                + "- 10 years with York Regional Police, front-line patrol\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a US agency's rank in its own second sentence, and a trip abroad beside a US agency
        assertThat(verdict("Minh Le\n2006 - 2016: Patrol officer, Elm Police Department, Elm, Ohio. Rank Sergeant.\n"
                + "   City police station: patrol; theft cases.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Jean Moise\nSergeant, Elm Police Department, 2008-2018\nVolunteer: church mission trips to Haïti\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_police_title_translated_word_for_word_is_a_police_officer() {
        assertThat(verdict("Ana Ruiz\nFunctionary of the Police - Elm City Police Department, Elm, Ohio, 2011 - 2019\n"
                + "Patrol, arrests and reports\n")).isEqualTo(Verdict.LE);
        // control: the same words at a force outside the United States stay with a reviewer
        assertThat(verdict("Ana Ruiz\nAgent of Police, Policía Nacional del Perú, Lima, 2008 - 2015\nPatrol of the district\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: another "agent of" title is no police title
        assertThat(verdict("Ana Ruiz\nAgent of travel, Elm Tours, 2011 - 2019\nBookings for a police union's trips\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_license_that_waits_for_an_appointment_is_not_service() {
        assertThat(verdict("Lee Park\nSUMMARY\nPassed the state licensing exam in 2024; the license stays inactive until a"
                + " department appoints me as a police officer.\nWORK\nBarista, Elm Coffee, 2021 - present\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Lee Park\nSUMMARY\nCertified and on the county list, awaiting hire as a deputy sheriff.\n"
                + "WORK\nBarista, Elm Coffee, 2021 - present\n")).isEqualTo(Verdict.NOT_LE);
        // control: an appointment that happened is service
        assertThat(verdict("Lee Park\nSUMMARY\nIn 2012 the chief appointed me as a police officer; I served ten years.\n"
                + "WORK\nPolice Officer, Elm Police Department, 2012 - 2022\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_post_without_a_commission_is_not_the_title_it_names() {
        assertThat(verdict("Rosa Vidal\nRecords Supervisor (civilian) - Elm County Sheriff Office, 2015 - present\n"
                + "Warrant files and public records; civilian post, not commissioned deputy.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a commissioned deputy
        assertThat(verdict("Rosa Vidal\nDeputy - Elm County Sheriff Office, 2015 - present\nCommissioned deputy; warrants and patrol.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void papers_drafted_for_officers_are_not_the_drafters_service() {
        assertThat(verdict("Rosa Vidal\nPayroll Specialist, Elm State Police, 2016 - present\n"
                + "Prepared transfer paperwork for Sergeant and Lieutenant moves; overtime audits.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a sergeant's own entry that prepares papers for the troop
        assertThat(verdict("Rosa Vidal\nSergeant, Elm State Police, 2016 - present\nPrepared shift schedules for the troop; overtime audits.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_event_named_for_a_force_is_not_a_role() {
        assertThat(verdict("Jo Kim\nEvents Coordinator, Elm State University, 2020 - present\n"
                + "Planned a campus police open house and a sheriff expo for students\n")).isEqualTo(Verdict.NOT_LE);
        // control: a campus police officer whose duties include open-house tours
        assertThat(verdict("Jo Kim\nCampus Police Officer, Elm State University Police, 2020 - present\n"
                + "Open house tours for new students; patrol\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_guard_company_named_garda_is_not_the_irish_police() {
        assertThat(verdict("Paul Etienne\nSecurity Officer (armed), Garda World, 2018 - present\n"
                + " - bank posts; no police powers\n")).isEqualTo(Verdict.NOT_LE);
        // control: a member of the Irish Garda stays with a reviewer
        assertThat(verdict("Paul Etienne\nGarda, An Garda Síochána, Cork, Ireland, 2008 - 2018\n - community policing\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_us_agency_named_again_in_spanish_is_not_a_force_abroad() {
        assertThat(verdict("Luis Mora\nAgent of Police - Elm City Police Department (Departamento de Policía de Elm City), Elm, Texas\n"
                + "2012 - 2020\nPatrol and arrests\n")).isEqualTo(Verdict.LE);
        // control: a force abroad named in parentheses keeps its country
        assertThat(verdict("Luis Mora\nAgent of Police - National Police (Policía de Colombia), Bogotá\n2012 - 2020\nPatrol and arrests\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }
}
