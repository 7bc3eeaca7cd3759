package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the tenth held-out run (set10, issue 12,
 * round 12), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerEleventhRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_novelist_s_characters_under_a_qualified_creative_heading_are_fiction() {
        assertThat(verdict("PETRA OSK\nWriter - Helena, Montana\n\n"
                + "PUBLISHED NOVELS\n"
                + "\"Sheriff of Dry Fork\" (2019) - a county deputy sheriff tracks a poacher\n"
                + "\"Night Patrol\" (2022)\n"
                + "OTHER WORK\nLibrary Assistant, Helena Public Library, 2010 - present\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_actor_s_police_roles_under_film_and_television_with_an_ampersand_are_roles() {
        assertThat(verdict("JONAH REYES\nActor\n\n"
                + "FILM & TELEVISION\n"
                + "\"Harbor City\"        Recurring - Police Officer Diaz      ABC\n"
                + "\"Dust Road\" (film)   Lead - Trooper Banks                 Indie\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a real trooper's experience section is still service
        assertThat(verdict("EXPERIENCE\nTrooper, Ohio State Highway Patrol, 2012 - 2024\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void agencies_in_a_table_of_courses_the_applicant_taught_are_the_audience() {
        assertThat(verdict("EXPERIENCE\nTrainer, Steady Voice Consulting, 2015 - present\n\n"
                + "COURSES DELIVERED\n"
                + "Lakeview Transit Police\nVerbal Skills for Platform Patrol\n2019\n"
                + "Red Rock Tribal Police\nCrisis Communication\n2021\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void cases_referred_to_tribal_police_are_not_the_inspector_s_service() {
        assertThat(verdict("EXPERIENCE\nGaming Inspector, Tribal Gaming Commission, 2016 - present\n"
                + "  - audit slot floors; refer suspected theft to the Red Lake Tribal\n"
                + "    Police; no arrest powers\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void the_position_a_federal_applicant_applied_for_is_an_aspiration() {
        assertThat(verdict("Position applied for: Criminal Investigator (Special Agent), GS-1811-09\n"
                + "Announcement Number: XYZ-26-0101\n\n"
                + "U.S. ARMY | 2016 - present | Captain | Finance Officer\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the same title held, as a federal job
        assertThat(verdict("WORK EXPERIENCE\nInternal Revenue Service, Criminal Investigation\n"
                + "Criminal Investigator (Special Agent), GS-1811-13 | 05/2012 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void uniforms_bought_for_officers_are_goods_not_a_title() {
        assertThat(verdict("WORK EXPERIENCE\nContracting Officer, GS-1102-13 | 2015 - present\n"
                + "- Award contracts for vehicles, radios and CBP Officer uniforms.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_title_inside_a_question_is_not_a_claim() {
        assertThat(verdict("Q: Tell us about your background.\n"
                + "A: I have been a probation officer with Lane County since 2018.\n\n"
                + "Q: Have you ever worked as a police officer?\n"
                + "A: No.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the answer is a claim
        assertThat(verdict("Q: What did you do before this?\n"
                + "A: I was a police officer with the Eugene Police Department from 2009 to 2021.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_duty_bullet_over_the_next_entry_takes_its_own_entry_s_dates() {
        assertThat(verdict("EXPERIENCE\n"
                + "Office Manager - Birch & Vale LLP     2020 - present\n"
                + "Police Officer - Fairview Police Department   02/2019 - 09/2019\n"
                + "  • sworn officer in field training; resigned\n"
                + "Bank Teller - First Fairview Bank     2016 - 2019\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void the_cbp_officer_series_and_its_abbreviation_are_federal_law_enforcement() {
        assertThat(verdict("U.S. Customs and Border Protection, Office of Field Operations\n"
                + "CBPO, GS-1895-11 | 2014 - 2021 | 40 hrs/wk\n"
                + "- Primary and secondary inspection at a land port of entry.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_tribal_nation_s_commissioned_deputy_marshal_is_law_enforcement() {
        assertThat(verdict("EXPERIENCE\nMuscogee Nation Marshal Service\n"
                + "Deputy Marshal (commissioned)\n2015 - 2023\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void sworn_service_under_a_civilian_heading_beside_military_service_wins() {
        assertThat(verdict("MILITARY\nU.S. Army, 2006 - 2010\n  31B Military Police, Specialist (E-4)\n\n"
                + "CIVILIAN\n"
                + "Laramie County Sheriff's Office, Cheyenne WY      2011 - 2016\n"
                + "  Deputy Sheriff - patrol; arrests and warrant service.\n"
                + "Warehouse Lead, Plains Supply Co.  2016 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_scanned_bare_officer_title_with_no_agency_is_left_to_a_person() {
        assertThat(verdict("W0RK\n0fficer\n2011 - 2019\n• shift work, written reports, public contact\n"
                + "Store Manager - Plains Hardware - 2019 - present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_title_set_off_after_my_mentor_describes_the_mentor() {
        assertThat(verdict("About\nIn high school I joined a police Explorer post. My Explorer advisor, a police sergeant, "
                + "still coaches me.\n\nExperience\n2016 - present  Claims Adjuster, Granite Mutual\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own service beside a mentor described the same way
        assertThat(verdict("About\nFrom 2010 to 2020 I was a police sergeant with the Dover Police Department; "
                + "my mentor, a retired sheriff, taught me report writing.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void years_in_an_agency_s_youth_program_are_not_years_of_service() {
        assertThat(verdict("About\nI spent three years in the Marion County Sheriff's Office Explorer program as a teenager.\n\n"
                + "Experience\n2017 - present  Payroll Specialist, Hoosier Foods\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: years of service at the same agency
        assertThat(verdict("About\nI spent nine years in the Marion County Sheriff's Office before moving to payroll work.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void two_short_deputy_stints_told_in_prose_are_summed() {
        assertThat(verdict("About me\nI was a sworn deputy with Custer County Sheriffs Office from Jan 2016 to Sept 2016 (8 mo). "
                + "Then Fallon County SO hired me back on as a deputy from April 2018 to Nov 2018 (7 mo) on rural patrol.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void years_on_patrol_with_a_city_police_department_told_in_a_cover_letter_are_service() {
        assertThat(verdict("Dear Hiring Manager,\n\nAfter five years on patrol with the Toledo Police Department I know "
                + "what victims need in the first hour.\n\nSincerely,\nDana Fox\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void letter_spaced_capitals_are_read_as_words_with_exact_offsets() {
        String text = "E X P E R I E N C E\nD E T E C T I V E, Canton Police Department, 2009 - 2021\n";
        AnalysisResult r = analyzer.analyze(text);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        int start = text.indexOf("D E T");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(start + "D E T E C T I V E".length());
            assertThat(f.text()).isEqualTo("D E T E C T I V E");
        });
        // control: single capitals two at a time stay apart ("B A" is no word)
        assertThat(verdict("EDUCATION\nB A Sociology, Kent State, 2008\n")).isEqualTo(Verdict.NOT_LE);
    }
}
