package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-fifth held-out run (set35, issue 12, round 35),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerThirtyFifthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_rank_in_parentheses_after_a_jail_title_is_that_jail_post() {
        assertThat(verdict("Gail Metz\nDetention Officer (Deputy - Jail Division), Elm County Sheriff's Office - 2011 - 2019\n"
                + "   Booking and intake for the whole tenure.\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Gail Metz\n- Deputy Sheriff (Detention), Elm County Sheriff's Office - 2013-present. "
                + "Assigned to the county jail only: intake, housing, transports to court.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a deputy on patrol stays sworn
        assertThat(verdict("Gail Metz\nDeputy Sheriff (Patrol), Elm County Sheriff's Office - 2011 - 2019\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void irs_criminal_investigation_by_its_full_name_is_an_agency() {
        assertThat(verdict("Howard Kess, CPA\nPrincipal, Kess Forensic Accounting, 2016 - present\n\n"
                + "Internal Revenue Service - Criminal Investigation, 1991 - 2016 (retired)\n"
                + "  Special Agent, Elm Field Office, 1991 - 2005: tax evasion cases, arrests and search warrants\n"))
                .isEqualTo(Verdict.LE);
        // control: a revenue agent of the same service is a civil examiner
        assertThat(verdict("Howard Kess\nInternal Revenue Service, 1991 - 2016\n  Revenue Agent, Elm Office: civil examinations\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_volunteer_body_under_a_sheriff_s_authority_is_not_the_sheriff_s_office() {
        assertThat(verdict("Heather Bap\nElm County Search and Rescue - Volunteer Team Leader (2015 - present)\n"
                + "Elm County SAR operates under the authority of the Elm County Sheriff; I am a volunteer. Rope rescue, K9 handler.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a handler employed by the sheriff's office is sworn
        assertThat(verdict("Heather Bap\nK9 Handler, Elm County Sheriff's Office, 2015 - 2022\n  Tracking and apprehension.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void screen_credits_are_parts_played() {
        assertThat(verdict("Julian Cole\nSAG-AFTRA\n\nSCREEN (selected)\n\"Night Watch\" (feature, 2021) ........ Patrol Officer #2\n"
                + "MUSIC\nEP \"Copper Sky\" (2022)\n")).isEqualTo(Verdict.NOT_LE);
        // control: an experience section's patrol officer is a post
        assertThat(verdict("Julian Cole\nEXPERIENCE\nPatrol Officer, Elm Police Department, 2012 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_job_hunt_after_the_academy_s_name_does_not_undo_the_graduation() {
        assertThat(verdict("Short bio - Milo Hart\nGraduated Elm Community College Police Academy in May 2023. Not hired yet; "
                + "working as a Security Officer (non-sworn) while I apply to Elm PD.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a plan to apply to an academy is not a graduation
        assertThat(verdict("Short bio - Milo Hart\nI plan to apply to the Elm police academy after I graduate.\nCashier, Elm Mart\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void the_pentagon_s_own_police_are_federal_police_beside_a_navy_career() {
        assertThat(verdict("Chief Petty Officer (ret.) to Pentagon Police\n\nAfter 20 yrs in the Navy as a Yeoman (admin), "
                + "I joined the Pentagon Force Protection Agency as a Police Officer in 2012. Pentagon Police Officer, PFPA, "
                + "Arlington VA, 2012-present. Federal arrest authority.\n")).isEqualTo(Verdict.LE);
        // control: a Navy master-at-arms is still military police
        assertThat(verdict("Dana Moss\nMaster-at-Arms First Class, U.S. Navy, Naval Station Elm, 2005 - 2015\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
