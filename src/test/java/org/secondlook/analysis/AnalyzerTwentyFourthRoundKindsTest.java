package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-third held-out run (set23, issue 12,
 * round 25), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyFourthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_policing_word_in_the_name_of_a_business_or_a_street_is_not_a_title() {
        assertThat(verdict("Jo Marsh\n12 Constable Lane, Elm Falls\n\nPayroll Officer, Sheriff Freight Lines Inc., 2014 - present\n"
                + "  Payroll for 300 drivers.\nBookkeeper, Trooper Plumbing Co., 2009 - 2014\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same words as ranks before a person's name and as held titles
        assertThat(verdict("Jo Marsh\nTrooper, Elm State Patrol, 2009 - 2017\n  Highway patrol; trained by Sergeant Ray Holt.\n"
                + "Payroll Officer, Ranger Freight Lines Inc., 2017 - present\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Jo Marsh\nDeputy Sheriff, Elm County Sheriff's Office, 2010 - 2018\n  Patrol and warrants.\n"
                + "Bookkeeper, Marshal Plumbing Co., 2018 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_policing_word_that_is_a_surname_or_part_of_an_address_is_not_a_title() {
        assertThat(verdict("JO SHERIFF\nMr. Lee Trooper, references on request\njo.sheriff@mail.test\n\n"
                + "Claims Adjuster, Elm Mutual, 2012 - present\n")).isEqualTo(Verdict.NOT_LE);
        // control: a title alone on the top line is still the applicant's title
        assertThat(verdict("Senior Trooper\nJo Marsh\n\nTrooper, Elm State Patrol, 2011 - 2020\n  Highway patrol, crash reconstruction.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void people_a_background_check_lists_and_an_application_never_hired_are_not_service() {
        assertThat(verdict("SCREENING NOTES\nApplicant: Jo Marsh\nVerified: Claims Adjuster, Elm Mutual 2012-present.\n"
                + "Reference: Deputy Marshal Lee Ortiz, Elm Falls Marshal's Office - friend of 6 yrs, favorable.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("SCREENING NOTES\nApplicant: Jo Marsh\nVerified: Claims Adjuster, Elm Mutual 2012-present.\n"
                + "Neighbors: one is a retired town marshal (Marshal Lee Ortiz), who called the applicant reliable.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("SCREENING NOTES\nApplicant applied to the Elm County Sheriff's Office for a deputy sheriff opening in 2021;"
                + " the office did not hire the applicant.\nClaims Adjuster, Elm Mutual 2012-present.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own service, verified, beside the same kind of reference
        assertThat(verdict("SCREENING NOTES\nApplicant: Jo Marsh\nVerified: Deputy Sheriff, Elm County Sheriff's Office 2010-2019.\n"
                + "Reference: Sergeant Ray Holt, Elm Falls PD - favorable.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void titles_with_their_own_dates_in_a_bullet_that_opens_with_an_agency_are_held() {
        assertThat(verdict("Jo Marsh\n\nWORK\n- Elm Falls Police Department, 2006-2017. Officer (2006-2012), Sergeant (2012-2017),"
                + " East District.\n- Since 2017: Claims Adjuster, Elm Mutual.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Jo Marsh\n\nWORK\n- Nevada Highway Patrol, 2006-2017. Officer (2006-2012), Sergeant (2012-2017), Reno.\n"))
                .isEqualTo(Verdict.LE);
        // control: the same titles in a bullet that opens with an employer outside law enforcement
        assertThat(verdict("Jo Marsh\n\nWORK\n- Elm Mutual, 2006-2017. Officer (2006-2012), Sergeant (2012-2017) of the claims team.\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_before_a_word_and_officer_qualifies_that_officer_title() {
        assertThat(verdict("hi this is jo marsh i drive a school bus in elm falls\nfor eight years i have worked elections at my precinct"
                + " so i was chief ballot officer there\nthat is part time\n")).isEqualTo(Verdict.NOT_LE);
        // control: a dictated police career that ends as chief of police
        assertThat(verdict("hello my name is jo marsh\ni was a police officer in elm falls for twelve years and retired as the chief"
                + " of police at the elm falls police department\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_course_named_for_the_title_is_training_not_the_title() {
        assertThat(verdict("Jo Marsh\nClaims Adjuster, Elm Mutual, 2012 - present\nTRAINING\nElm County College basic peace officer course, 2011\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the title held after the course
        assertThat(verdict("Jo Marsh\nPeace Officer, Elm County Sheriff's Office, 2012 - 2020\nTRAINING\n"
                + "Elm County College basic peace officer course, 2011\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_lower_case_title_before_a_verb_of_reporting_is_the_person_who_checked() {
        assertThat(verdict("CHECK NOTES - Subject: Jo Marsh\nSubject is a claims adjuster at Elm Mutual since 2012.\n"
                + "Elm Falls Police Department - no record found;\ninvestigator verified the dates with Elm Mutual.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("CHECK NOTES - Subject: Jo Marsh\nSubject works in community theater. The form lists \"Sheriff (theater)\";\n"
                + "investigator confirmed with the Elm County Sheriff's Office that Subject never worked there.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own title, said with a verb of service
        assertThat(verdict("CHECK NOTES - Subject: Jo Marsh\nSubject served as an investigator with the Elm Falls Police Department"
                + " 2010-2019; HR confirmed the dates.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_street_named_police_is_an_address_not_an_agency() {
        assertThat(verdict("Captain (Ret.) Jo Marsh\nPolice Lane, Elm Falls NC | jo@mail.test\n\nU.S. Army, Field Artillery Officer, 2006-2016\n"
                + "Project Manager, Elm Builders, 2016-present\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same rank at a police department
        assertThat(verdict("Jo Marsh\nCaptain, Elm Falls Police Department, 2006-2016\nProject Manager, Elm Builders, 2016-present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_agency_line_over_indented_title_lines_holds_those_titles() {
        assertThat(verdict("Jo Marsh\n\nExperience\nUnited States Secret Service\n  Special Agent, Elm Field Office (2010-2016)\n"
                + "  Special Agent, Protective Division (2016-2019)\nClaims Adjuster, Elm Mutual (2019-present)\n")).isEqualTo(Verdict.LE);
        // control: the same agency line over an indented civilian title
        assertThat(verdict("Jo Marsh\n\nExperience\nUnited States Secret Service\n  Budget Analyst, Elm Field Office (2010-2019)\n"
                + "Claims Adjuster, Elm Mutual (2019-present)\n")).isNotEqualTo(Verdict.LE);
    }
}
