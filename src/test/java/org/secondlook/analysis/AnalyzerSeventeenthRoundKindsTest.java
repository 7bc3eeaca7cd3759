package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the sixteenth held-out run (set16, issue 12,
 * round 18), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerSeventeenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void people_inside_an_accomplishment_story_are_not_the_applicant() {
        assertThat(verdict("Dale Ortiz | Insurance Claims Adjuster\n\nSTORIES\n"
                + "Fast payout: A retired police officer and her husband lost their roof in a storm; I closed the claim in 9 days.\n"
                + "Fraud catch: my referral led a detective to a staged-accident ring.\n\n"
                + "Lakeside Mutual, Claims Adjuster, 2015 - present\n")).isNotEqualTo(Verdict.LE);
        // control: the applicant's own service told in a story
        assertThat(verdict("Dale Ortiz\n\nSTORIES\nAs a police officer with the Lakeside Police Department from 2010 to 2020, "
                + "I cut response times by 20%.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_job_the_applicant_hopes_to_hold_is_no_service() {
        assertThat(verdict("Kim Lowe, Security Guard, Acme Security, 2019 - present\n"
                + "Goal: I hope to apply as a deputy or police officer next year.\n")).isNotEqualTo(Verdict.LE);
        // control: the applicant served as a deputy
        assertThat(verdict("Kim Lowe\nI served as a deputy sheriff with Lake County Sheriff's Office, 2012 - 2019.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void years_with_an_agency_as_a_named_role_are_read_through_the_role() {
        assertThat(verdict("Profile prepared by a recruiter\nLee has twelve years with the Drug Enforcement Administration as a Compliance Inspector, "
                + "2012-2024.\n")).isNotEqualTo(Verdict.LE);
        // control: years with an agency and nothing after them stay service
        assertThat(verdict("Lee has twelve years with the Lakeside Police Department, 2012-2024.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_grade_and_dates_do_not_keep_civilian_from_its_title() {
        assertThat(verdict("EXPERIENCE\nLakeside Police Department, Investigator II, 2017-present (civilian; no arrest powers).\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the same line without "civilian"
        assertThat(verdict("EXPERIENCE\nLakeside Police Department, Investigator II, 2017-present.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_coordinated_before_a_plural_noun_is_a_modifier() {
        assertThat(verdict("Lakeside County Sheriff's Office - HR Assistant, 2015 - present\n"
                + "Duties: schedules exams for deputy sheriff and detention officer applicants.\n")).isNotEqualTo(Verdict.LE);
        // control: the applicant's own title before "and" and a duty
        assertThat(verdict("Lakeside County Sheriff's Office, 2015 - present\nServed as a deputy sheriff and trained recruits.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void every_item_of_a_list_after_no_is_negated() {
        assertThat(verdict("Security Supervisor, Acme Mall, 2016 - 2024\n"
                + "No police, sheriff or other law-enforcement employment.\n")).isNotEqualTo(Verdict.LE);
        // control: a list without "no"
        assertThat(verdict("Lakeside County Sheriff's Office, 2010 - 2020\nHeld posts as jailer, deputy sheriff and bailiff.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_beside_a_railroad_police_title_on_its_line_is_left_to_a_person() {
        assertThat(verdict("EMPLOYMENT HISTORY\n2012-present     Special Agent, Railroad Police     Police Department\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same line at a city police department
        assertThat(verdict("EMPLOYMENT HISTORY\n2012-present     Special Agent, Lakeside Police Department\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_job_class_field_on_a_personnel_card_is_no_course() {
        assertThat(verdict("VILLAGE OF LAKESIDE - PERSONNEL CARD\nName: Doe, John     Dept: 12 - Police     Class: PATROLMAN (full-time)\n"
                + "Appointed: 03/01/2010   Separation: 04/18/2014 - resigned\n")).isEqualTo(Verdict.LE);
        // control: a class named after a title stays a course
        assertThat(verdict("TRAINING\nClass: Patrol Officer Tactics, Lakeside Community College, 2019\n\n"
                + "WORK\nCashier, Food Mart, 2019 - present\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_personnel_printout_s_police_job_class_codes_are_police_titles() {
        assertThat(verdict("CITY OF LAKESIDE - PERSONNEL DATA\nEFFDT     ACT  JOB TITLE          DEPT\n"
                + "05/29/06  PRO  POL OFC I          PD\n02/14/12  PRO  POL CPL            PD\n10/02/15  TER  POL CPL            PD\n"))
                .isEqualTo(Verdict.LE);
        // control: a civilian job class on the same printout
        assertThat(verdict("CITY OF LAKESIDE - PERSONNEL DATA\nEFFDT     ACT  JOB TITLE          DEPT\n"
                + "05/29/06  PRO  POL RECORDS CLK    PD\n10/02/15  TER  POL RECORDS CLK    PD\n")).isNotEqualTo(Verdict.LE);
    }
}
