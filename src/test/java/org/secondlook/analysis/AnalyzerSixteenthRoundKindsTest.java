package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fifteenth held-out run (set15, issue 12,
 * round 17), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerSixteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_part_played_on_television_or_on_stage_is_no_service() {
        assertThat(verdict("Performer, 1985 - 2015. Remembered as Deputy Sam Cole on the long-running police drama \"Dry Creek\".\n"
                + "Voice-over work, Lakeside Audio, 2015 - present\n")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("SELECTED ROLES\nArsenic and Old Lace - Officer O'Hara - Lakeside Players, 2022\n"
                + "Our Town - a police sergeant - campus staged reading, 2023\n\nWORK\nBarista, Bean There, 2021 - present\n"))
                .isNotEqualTo(Verdict.LE);
        // control: a real officer who also acts stays LE
        assertThat(verdict("EXPERIENCE\nPolice Officer, Lakeside Police Department, 2012 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_inside_the_name_of_a_program_the_applicant_took_part_in_is_no_job() {
        assertThat(verdict("ACTIVITIES\nOhio State Highway Patrol Trooper Camp - participant, July 2023\n"
                + "WORK\nLifeguard, City Pool, 2023 - present\n")).isNotEqualTo(Verdict.LE);
        // control: the trooper's own title on its line
        assertThat(verdict("WORK\nTrooper, Ohio State Highway Patrol, 2016 - 2023\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void officer_used_as_a_modifier_of_activity_names_no_job() {
        assertThat(verdict("EMPLOYMENT\nLakeside Police Department - Records Analyst, 2010 - 2020\n"
                + "  Built the weekly packet; produced\n  officer activity reports.\n"))
                .isNotEqualTo(Verdict.LE);
        // control: an officer who wrote activity reports
        assertThat(verdict("EMPLOYMENT\nPolice Officer, Lakeside Police Department, 2010 - 2020\n  Wrote activity reports.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_under_a_private_railroad_s_police_department_head_is_left_to_a_person() {
        assertThat(verdict("EXPERIENCE\nPrairie Northern Railroad Company (a private Class I) - Railroad Police Department\n"
                + "  Special Agent, 2005 - 2015\n  - Commissioned railroad police special agent under state law\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same layout under a city's police department
        assertThat(verdict("EXPERIENCE\nLakeside Police Department\n  Police Officer, 2005 - 2015\n"
                + "  - Commissioned police officer under state law\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void retired_from_an_agency_after_years_is_sworn_service() {
        assertThat(verdict("Retired from the Lakeside Police Department after 26 years.\n\nSINCE RETIREMENT\n"
                + "Crossing guard, Elm Street School, 2019 - present\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Retired from the Lakeside Police Department after 26 years of service.\n")).isEqualTo(Verdict.LE);
        // control: retired after years in a civilian role there
        assertThat(verdict("Retired from the Lakeside Police Department after 26 years as a civilian records clerk.\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void years_carrying_a_badge_and_a_gun_for_an_agency_is_sworn_service() {
        assertThat(verdict("About me\nFor the next eleven years I carried a badge and a gun for the Lakeside Police Department,\n"
                + "first on patrol and then in burglary.\n")).isEqualTo(Verdict.LE);
        // control: years of carrying something else for the same department
        assertThat(verdict("About me\nFor eleven years I carried the mail for the Lakeside Police Department as a courier.\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_work_heading_named_by_the_kind_of_work_ends_the_education_section() {
        assertThat(verdict("Education\nLakeside College - A.A.S. Criminal Justice, 2019\n\nPolice Work\nLakeside Police Department\n"
                + "  - Police Officer (sworn), Patrol ........ Jan 2021 - Jun 2022\n")).isEqualTo(Verdict.LE);
        // control: a police officer course under education stays study
        assertThat(verdict("Education\nLakeside College - A.A.S. Criminal Justice, 2019\n  - Police Officer Standards course\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_right_after_an_agency_s_initials_is_the_applicant_s_title_also_past_a_date_range() {
        assertThat(verdict("EXPERIENCE\nDPS Sgt, Amarillo Region    2014 - 2022\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("EXPERIENCE\nDPS HP Tpr, Amarillo Region    2014 - 2022\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("WORK HISTORY\nKHP, 1995 - 2020 - Retired Lt.\n   Troop C road duty\n")).isEqualTo(Verdict.LE);
        // control: initials that name no agency before a rank-like word, and a rank qualified by another trade
        assertThat(verdict("WORK HISTORY\nHP, 1995 - 2020 - Retired Sgt.\n   Printer repair\n")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("EXPERIENCE\nHarbor Fire Captain, 2014 - 2022\n")).isNotEqualTo(Verdict.LE);
    }
}
