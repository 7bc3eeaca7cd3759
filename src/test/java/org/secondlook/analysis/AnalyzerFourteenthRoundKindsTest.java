package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirteenth held-out run (set13, issue 12,
 * round 15), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerFourteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_future_title_in_a_profile_headline_is_an_aspiration() {
        assertThat(verdict("Dana Ortiz\nCollege Student | Future Deputy Sheriff\n"
                + "Barista, Bean Street Coffee, 2022 - present\n"))
                .isNotEqualTo(Verdict.LE);
        // control: a present title in the same headline is still service
        assertThat(verdict("Dana Ortiz\nDeputy Sheriff | Lake County Sheriff's Office\n"
                + "Deputy Sheriff, Lake County Sheriff's Office, 2012 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void police_the_applicant_calls_or_covers_as_a_reporter_are_other_people() {
        assertThat(verdict("Loss Prevention Associate, Hillcrest Mall, 2015 - 2021\n"
                + "  Watch the sales floor; we call tribal police for any arrest.\n"))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("Staff Writer, The Prairie Ledger, 2010 - 2020\n"
                + "  Cover the school board, the courts and the police and sheriff beat.\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the applicant's own title beside the same words
        assertThat(verdict("Police Officer, Hillcrest Police Department, 2015 - 2021\n"
                + "  Cover night patrol shifts; arrests, reports, court testimony.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_recommendation_signed_by_a_sheriff_under_its_own_heading_is_someone_else_s_title() {
        assertThat(verdict("Office Manager, Pine Hollow Dental, 2014 - present\n"
                + "Scheduling, billing, vendor accounts.\n\nRecommendations received\n"
                + "\"Kim ran our fundraiser flawlessly.\" - Sheriff Dale Brooks, Pine Hollow County Sheriff's Office\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the applicant's own title before that heading is still read
        assertThat(verdict("Deputy Sheriff, Pine Hollow County Sheriff's Office, 2014 - present\n"
                + "Patrol, arrests, court testimony.\n\nRecommendations received\n"
                + "\"A fine deputy.\" - Sheriff Dale Brooks\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_bare_officer_with_a_club_word_on_its_own_line_is_a_club_title_even_beside_a_sheriff_named_below() {
        assertThat(verdict("Dairy farmer, Hollow Creek Farm, 1995 - present\n"
                + "Officer (treasurer) of the Pike Valley County Grange, 2012 - present\n"
                + "Helped the county Sheriff with flood sandbagging in 2019.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the agency on the title's own line, a club word only on the line below
        assertThat(verdict("Officer, Pike Valley County Sheriff's Office, 2012 - present\n"
                + "Patrol, arrests, court testimony; union board member.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_indented_detail_line_takes_its_own_entry_s_dates_not_the_next_entry_s() {
        // seven months of service, then a long civilian job: short service is left to a reviewer
        assertThat(verdict("Reserve Patrol Officer, Town of Birch Lake Police Dept, Mar 2022 - Sep 2022\n"
                + "  Licensed peace officer, sworn. Weekend shifts.\n"
                + "Front desk clerk, Lakeview Lodge, 2015 - 2022\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: years of service stay LE
        assertThat(verdict("Patrol Officer, Town of Birch Lake Police Dept, 2012 - 2020\n"
                + "  Licensed peace officer, sworn. Weekend shifts.\n"
                + "Front desk clerk, Lakeview Lodge, 2020 - 2022\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_town_deputy_marshal_spelled_with_a_double_l_is_a_marshal() {
        assertThat(verdict("Deputy Marshall - Town of Elm Bluff Marshal's Office - 2011 to 2019\n"
                + " Sworn by the town board. Patrol, arrests, traffic.\n"))
                .isEqualTo(Verdict.LE);
        // control: Marshall as a place name stays a place
        assertThat(verdict("Teacher, Marshall County Schools, 2010 - 2020\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_career_changer_who_served_a_county_as_a_deputy_with_its_sheriff_s_office_claims_the_service() {
        assertThat(verdict("Licensed plumber. Before the trade I served the people of Pike County as a deputy with the "
                + "Pike County Sheriff's Office for nine years (2004-2013).\n"))
                .isEqualTo(Verdict.LE);
        // control: a deputy met in running text, with no "as a" before the title
        assertThat(verdict("Licensed plumber. I served the homeowners of Pike County on remodels and met a deputy with the "
                + "Pike County Sheriff's Office once a year (2004-2013).\n"))
                .isEqualTo(Verdict.NOT_LE);
    }
}
