package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the nineteenth held-out run (set19, issue 12,
 * round 21), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentiethRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_academic_cv_lists_past_jobs_under_appointments_and_speaks_of_them_in_an_author_note() {
        assertThat(verdict("CURRICULUM VITAE\nRae Quill, Ph.D.\n\nEDUCATION\n2016  Ph.D. Criminology, Elm State University\n\n"
                + "APPOINTMENTS\n2016-      Lecturer, Elm State University\n2005-2012  Police Officer, Birchfield Police Department\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("CURRICULUM VITAE\nRae Quill, Ph.D.\n\nACADEMIC APPOINTMENTS\n2016-present  Lecturer in Public Policy\n\n"
                + "PUBLICATIONS\nQuill, R. (2022). \"Night shifts and budgets.\" Policy Notes, 4, 1-9.\n"
                + "   About the author: Rae Quill teaches public policy. Before graduate school she was a sworn officer with the"
                + " Birchfield Police Department for nine years (2005-2014).\n")).isEqualTo(Verdict.LE);
        // control: a professor who studies police, with no service of her own
        assertThat(verdict("CURRICULUM VITAE\nRae Quill, Ph.D.\n\nEDUCATION\n2016  Ph.D. Criminology, Elm State University\n\n"
                + "APPOINTMENTS\n2016-      Lecturer, Elm State University\n2012-2016  Research Assistant, Elm State University\n\n"
                + "PUBLICATIONS\nQuill, R. (2022). \"What the patrol officer sees.\" Policing Notes, 4, 1-9.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void agencies_a_duty_coordinates_are_partners_not_the_applicants_title() {
        assertThat(verdict("Lee Varga\nFloodplain Planner - Elm County Planning Office (2014-present)\n"
                + "  Storm readiness; coordinates sheriff, police and road crews during closures.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own title, with a duty that coordinates others
        assertThat(verdict("Lee Varga\nDeputy Sheriff - Elm County Sheriff's Office (2014-present)\n"
                + "  Patrol; coordinates road crews during closures.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_bare_officer_with_its_own_dates_is_not_read_with_the_jobs_beside_it() {
        assertThat(verdict("Kim Ro\nWarehouse Lead, Elm Supply, 2018-present\nOfficer, 2012-2018\n"
                + "Teller, First Bank of Elm, 2009-2012\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the bank on the officer's own line makes it a corporate officer
        assertThat(verdict("Kim Ro\nWarehouse Lead, Elm Supply, 2018-present\nOfficer, First Bank of Elm, 2012-2018\n"
                + "Teller, Elm Credit Union, 2009-2012\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_air_force_special_investigations_agent_is_military_law_enforcement() {
        assertThat(verdict("Maj. Sam Orr, USAF\nActive duty\n\n"
                + "Special Agent, Air Force Office of Special Investigations, Det. 7 - 2018-present\n"
                + "  Fraud and counterintelligence cases on base.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a civilian federal special agent stays law enforcement
        assertThat(verdict("Sam Orr\n\nSpecial Agent, Office of Special Investigations, State Department of Revenue - 2018-present\n"
                + "  Tax fraud cases.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_stated_length_of_service_is_finer_than_the_years_around_it() {
        assertThat(verdict("Pat Lund, MD\n\nWORK HISTORY\n2019-2020  Police Officer, Elm Police Department - resigned"
                + " (5 months of service) for medical school\n2016-2019  Lab Technician, Birch Clinic\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a stated length that still passes the policy's minimum
        assertThat(verdict("Pat Lund, MD\n\nWORK HISTORY\n2019-2021  Police Officer, Elm Police Department - resigned"
                + " (20 months of service) for medical school\n2016-2019  Lab Technician, Birch Clinic\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_police_rank_under_a_heading_keeps_its_agency_over_an_army_line_below() {
        assertThat(verdict("Dr. Lee Moss, DVM\n\nPREVIOUS EMPLOYMENT\n1995-2007  Sgt., Elm PD - East Patrol Division\n"
                + "1991-1995  U.S. Army, 68T animal care specialist\n")).isEqualTo(Verdict.LE);
        // control: the rank on the Army line itself stays military, left to a person
        assertThat(verdict("Dr. Lee Moss, DVM\n\nPREVIOUS EMPLOYMENT\n1995-2007  Clinic Manager, Elm Animal Hospital\n"
                + "1991-1995  Sgt., U.S. Army Military Police Corps\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
