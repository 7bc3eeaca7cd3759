package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fifth held-out run (issue 12, round 7),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests,
 * not evidence of accuracy.
 */
class AnalyzerSixthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private AnalysisResult result(String text) {
        return analyzer.analyze(text);
    }

    private Verdict verdict(String text) {
        return result(text).verdict();
    }

    @Test
    void a_dispatcher_titled_officer_whose_employer_line_lists_the_agencies_it_serves() {
        assertThat(verdict("Emergency Communications Officer I\n"
                + "Tri-County Regional Dispatch (serving town police, sheriff, EMS & fire) - 2016 to present\n"
                + "Civilian. Answer 911 lines and dispatch units through CAD.\n")).isEqualTo(Verdict.NOT_LE);
        // a capitalized title on a dated line under that head is an entry of its own
        assertThat(verdict("Emergency Communications Officer I\n"
                + "Tri-County Regional Dispatch - 2016 to 2018\n"
                + "Deputy Sheriff, Dorrance County Sheriff's Office - 2018 to present\n")).isEqualTo(Verdict.LE);
        // an own-service verb right before the title, with no list in between, still makes it the applicant's
        assertThat(verdict("Records Specialist\nDorrance County - 2010 to 2020, then serving as deputy sheriff\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_students_reference_with_a_rank_abbreviation_beside_an_agency() {
        assertThat(verdict("Activities\nVolunteer tutor · Passed the Ohio State Highway Patrol written test · "
                + "Reference letter from Sgt. (ret.) Paul Weir, my former school resource officer (retired police officer)\n"))
                .isNotEqualTo(Verdict.LE);
        // the applicant's own rank beside the agency stays law enforcement
        assertThat(verdict("Sgt., Ohio State Highway Patrol, 2010 - 2022. Supervised road troopers.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_public_information_officer_who_briefs_with_the_sheriff_across_a_line_break() {
        assertThat(verdict("Harlan County Office of Emergency Management\n  Emergency Management Coordinator - since 2017\n"
                + "  - Lead Public Information Officer; joint press briefings with the\n    Sheriff and the County Judge.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // "served as the" before the title still makes it the applicant's own
        assertThat(verdict("Harlan County, 2010 - 2022\n  Elected in 2010 and served as the\n    Sheriff for three terms.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_building_inspector_who_goes_in_with_a_police_officer() {
        assertThat(verdict("Town of Westbury Code Enforcement\n Senior Code Inspector, 2014 - present\n"
                + "   Condemnations and red tags; I go in with a uniformed police officer standing by.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // "as a" keeps the title the applicant's own
        assertThat(verdict("Westbury Police Department, 2014 - present\n   Worked as a police officer on the day shift.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_generic_title_in_an_entry_headed_abroad_is_foreign_police() {
        AnalysisResult r = result("EXPERIENCE ABROAD — PHILIPPINES\nSenior Police Officer 2, Philippine National Police\n"
                + "Cebu City Police Office, Station 3 · 2009 – 2017\n  Patrol; desk officer; booking of suspects.\n");
        assertThat(r.verdict()).isEqualTo(Verdict.UNCERTAIN);
        // the same duty line in a domestic entry is a desk officer at that department
        assertThat(verdict("Cebu Township Police Department · 2009 – 2017\n  Patrol; desk officer; booking of suspects.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void sworn_service_under_twelve_months_after_the_academy_is_left_to_a_reviewer() {
        AnalysisResult r = result("Kailua Police Department — Police Officer\n"
                + "  Academy Feb 2023 – Jan 2024; sworn Jan 2024; patrol Jan 2024 – Jun 2024\n");
        assertThat(r.verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(r.leMonths()).isLessThan(12);
        // a long career after the same academy stays law enforcement
        assertThat(verdict("Kailua Police Department — Police Officer\n"
                + "  Academy Feb 2013 – Jan 2014; patrol Jan 2014 – Jun 2024\n")).isEqualTo(Verdict.LE);
        // a year after "Academy" that is not a range keeps the service range beside it
        assertThat(verdict("Police Academy 2010; Police Officer, Kailua Police Department 2010 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void state_patrol_initials_beside_a_rank_abbreviation() {
        assertThat(verdict("2004-2013  KHP, Tpr., Troop C (Salina). Crash investigation, DUI enforcement.\n"
                + "2013-now   Field Adjuster, Prairie Mutual.\n")).isEqualTo(Verdict.LE);
        // the same kind of initials with no rank beside them are not an agency
        assertThat(verdict("2013-now   Network Engineer, MSP team; ISP peering and PHP tooling.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_short_sworn_career_listed_below_education_is_found() {
        assertThat(verdict("Senior Accountant | Birch & Lowe CPAs | 2016–present\n\nEducation\nB.S. Accounting, Midland College, 2015\n\n"
                + "Before accounting\nPatrol Officer, Odessa Police Department, 2008–2013 (TCOLE licensed; left for school)\n"))
                .isEqualTo(Verdict.LE);
        // a police-academy line under Education stays study
        assertThat(verdict("Education\nPolice Academy, Odessa Police Department, 2008 (did not complete)\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_study_lines_agency_does_not_make_a_rank_below_it_a_police_rank() {
        assertThat(verdict("Community\n   Graduate, Milford Police Dept. Citizens Police Academy (fall 2021)\n"
                + "   Volunteer, Neighborhood Watch block captain\n")).isEqualTo(Verdict.NOT_LE);
        // a rank below the agency's own employment line stays a police rank
        assertThat(verdict("Milford Police Dept., 2005 - 2020\n   Captain, Patrol Division\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void not_right_before_a_title_negates_it() {
        assertThat(verdict("U.S. Army, 2007 - 2011, Infantryman, Sergeant. Not military police.\n")).isEqualTo(Verdict.NOT_LE);
        // a military police career stays left to a reviewer
        assertThat(verdict("U.S. Army, 2007 - 2011, military police, Sergeant.\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
