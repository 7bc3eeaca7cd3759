package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the seventh held-out run (issue 12, round 9:
 * the entry's own title decides), each with a control that must keep its verdict. None is taken
 * from an evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerEighthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_agency_named_as_employer_under_a_civilian_title_is_not_le() {
        assertThat(verdict("Radio Room Coordinator\nHarbor Transit Police Department, Dispatch Unit     2014 - 2024\n"
                + "  • Answer emergency lines and relay calls to units on the platforms\n")).isEqualTo(Verdict.NOT_LE);
        // control: a sworn title over the same employer line
        assertThat(verdict("Police Officer\nHarbor Transit Police Department     2014 - 2024\n  • Patrol rail platforms\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_lower_case_title_inside_a_duty_bullet_is_someone_the_applicant_dealt_with() {
        assertThat(verdict("Account Manager, Brightline Radio Supply, 2016 - 2024\n"
                + "  • Territory of 90 agencies, among them transit police and campus security\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Collections Specialist, Office of Tax Recovery, 2012 - 2024\n"
                + "  • Arrange sheriff execution of judgments and bank levies\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Personnel Board Examiner, Marlow County, 2015 - 2024\n"
                + "  - Hear appeals on police sergeant and fire captain promotion lists\n")).isEqualTo(Verdict.NOT_LE);
        // control: a verb of own service before the title keeps it the applicant's
        assertThat(verdict("Fenwick Township, 2008 - 2020\n  - Served as patrol officer with the Fenwick Police Department\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_lower_case_title_on_a_detail_line_under_a_head_with_its_own_title_is_someone_elses() {
        assertThat(verdict("Court Liaison, Marlow Police Department, 2014 - 2022\n"
                + "Schedule detective and officer court appearances.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a head line that opens with the agency names no title, so the detail line's title is the applicant's
        assertThat(verdict("Marlow Police Department, 2005 - 2020\nPatrol, then detective in the burglary unit from 2012.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_entry_title_line_that_says_civilian_is_not_sworn() {
        assertThat(verdict("Field Intelligence Officer (civilian) - Granger Police Department, 2017 - 2024\n"
                + "- Push suspect details to patrol units\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same employer with a sworn title
        assertThat(verdict("Police Officer - Granger Police Department, 2017 - 2024\n- Patrol, arrests, reports\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_that_ems_and_police_share_is_not_le_at_an_ems_service() {
        assertThat(verdict("Paramedic / Field Training Officer, Tallow County EMS, 2011 - 2023\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same title at a police department
        assertThat(verdict("Field Training Officer, Tallow Police Department, 2011 - 2023\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_non_hyphenated_peace_officer_is_a_negation() {
        assertThat(verdict("Fire Inspector, Orrin Fire District, 2013 - 2024\n"
                + "Civilian post (non-peace-officer), no arrest powers.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void publications_name_authors_and_venues_not_jobs() {
        assertThat(verdict("EXPERIENCE\nPrivacy Counsel, Lakeview City Attorney, 2016 - 2024\n\nPUBLICATIONS\n"
                + "Ng, R., with Deputy Chief M. Ortiz, Lakeview Police Department (2022). Camera retention rules.\n"
                + "Ng, R. (2021). Drone policy notes. Police Chief Journal, 4(1).\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same chief title in an experience entry
        assertThat(verdict("EXPERIENCE\nPolice Chief, Lakeview Police Department, 2016 - 2024\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_summary_claim_alone_does_not_make_le() {
        assertThat(verdict("SUMMARY OF QUALIFICATIONS\n* Eight years of law enforcement experience in retail settings\n\n"
                + "EMPLOYMENT HISTORY\nLoss Prevention Lead, Dunmore Outlet Center, 2016 - 2024\n- Detain shoplifters for police\n"))
                .isNotEqualTo(Verdict.LE);
        // control: an experience entry holds the sworn title the summary claims
        assertThat(verdict("SUMMARY\nEight years of law enforcement experience.\n\n"
                + "EMPLOYMENT HISTORY\nDeputy Sheriff, Dunmore County Sheriff's Office, 2016 - 2024\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_unknown_capitals_heading_ends_a_summary_or_objective() {
        assertThat(verdict("OBJECTIVE\nA security post where my police service is of use.\n\nCOUNTY SERVICE RECORD\n"
                + "Deputy Sheriff, Brandt County Sheriff's Office, 2012 - 2022\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_foreign_employer_line_over_several_positions_makes_them_foreign() {
        assertThat(verdict("EXPERIENCE\nState Police of Rajasthan, Jaipur, India\nInspector, Crime Branch, 2016 - 2022\n"
                + "- Station in charge of 40 staff\n- in charge of the police station records\n"
                + "Police Officer, Traffic Wing, 2010 - 2016\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("EXPERIENCE\nDetective Sergeant - Ontario Provincial Police     2011 - 2020\n- Patrol, Eastern Region\n"
                + "- Detective Constable, Crime Unit, 2016 - 2020\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a US employer line nearer above the title
        assertThat(verdict("EXPERIENCE\nState Police of Rajasthan, Jaipur, India, 2004 - 2009\nCaptain, Ohio State Highway Patrol\n"
                + "Trooper, 2010 - 2016\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_inline_objective_holds_only_to_the_blank_line_and_a_parenthesized_heading_counts() {
        assertThat(verdict("Objective: Investigator post with a district attorney.\n\nWork history (title; employer; place; dates)\n"
                + "Tpr.; Indiana State Police, Post 22; Lafayette IN; 2010-2019\n")).isEqualTo(Verdict.LE);
        // control: the objective's own line stays a wish
        assertThat(verdict("Objective: a Trooper post with a state police agency.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void quoted_fields_of_a_csv_record_are_not_a_quotation() {
        assertThat(verdict("WORK HISTORY\n\"Title\",\"Employer\",\"From\",\"To\"\n"
                + "\"Border Patrol Agent\",\"U.S. Border Patrol, El Centro Sector\",\"2012-01\",\"2020-06\"\n")).isEqualTo(Verdict.LE);
        // control: a quoted title in prose is a name, not a job
        assertThat(verdict("Speaker at \"Be the Police Officer Your Town Needs\", a 2022 civic forum.\n")).isEqualTo(Verdict.NOT_LE);
    }
}
