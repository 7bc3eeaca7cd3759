package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the seventeenth held-out run (set17, issue 12,
 * round 19), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerEighteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_letters_recipient_is_not_the_applicants_service() {
        assertThat(verdict("Dear Sheriff Lund,\n\nI am applying for the records clerk opening. For six years I have "
                + "managed the front desk of a dental office.\n\nSincerely,\nAnn Roe\n")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("Ann Roe\n\nChief Deputy Paul Kerr\nLake County Sheriff's Office\n12 Main St\n\nDear Chief Deputy Kerr,\n\n"
                + "I would like to join your records unit. I have worked as a bank teller since 2016.\n")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("Attn: Sheriff Lund\nRe: records clerk\nI have been a bank teller since 2016.\n")).isNotEqualTo(Verdict.LE);
        // control: the applicant's own service in the same letter
        assertThat(verdict("Dear Sheriff Lund,\n\nI served as a deputy sheriff with Lake County Sheriff's Office from 2012 to 2020 "
                + "and would like to return.\n\nSincerely,\nAnn Roe\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void parts_an_actor_guest_starred_in_are_fiction() {
        assertThat(verdict("Sam Vale, actor\nI have guest-starred as a state trooper, a desk sergeant and a deputy sheriff "
                + "on network dramas.\n")).isNotEqualTo(Verdict.LE);
        // control: a deputy sheriff who is now an actor
        assertThat(verdict("Sam Vale\nDeputy Sheriff, Lake County Sheriff's Office, 2008 - 2016\nActor, 2016 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_second_of_two_offices_after_one_the_is_an_office() {
        assertThat(verdict("Lee Park, Tow Truck Operator, Ace Towing, 2014 - present\n"
                + "I always call the county police or sheriff before a repossession.\n")).isNotEqualTo(Verdict.LE);
        // control: "as the" keeps the applicant's own title
        assertThat(verdict("Lee Park\nI served as the patrol sergeant and deputy sheriff of Lake County Sheriff's Office, 2010 - 2020.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_labelling_a_field_is_no_title_held() {
        assertThat(verdict("EMPLOYER                  TITLE                    FROM  TO\n"
                + "LAKE COUNTY SHERIFF'S OFC RECORDS CLERK (CIVIL)   2016  PRES\n\n"
                + "DUTIES (SHERIFF): warrant entry, NCIC checks, release of reports to deputies.\n")).isNotEqualTo(Verdict.LE);
        // control: the same printout with a deputy's own title
        assertThat(verdict("EMPLOYER                  TITLE                    FROM  TO\n"
                + "LAKE COUNTY SHERIFF'S OFC DEPUTY SHERIFF           2010  2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_duration_in_words_shorter_than_the_minimum_is_left_to_a_person() {
        assertThat(verdict("Dear Hiring Manager,\nI was sworn in as a police officer with the City of Lakeside and worked patrol "
                + "for eight months before I resigned. Since then I have sold insurance.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the same letter with eight years
        assertThat(verdict("Dear Hiring Manager,\nI was sworn in as a police officer with the City of Lakeside and worked patrol "
                + "for eight years before I resigned. Since then I have sold insurance.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void spanish_ranks_beside_a_us_agency_are_service() {
        assertThat(verdict("Luis Ortiz Vega\nCaguas, Puerto Rico\n\nExperiencia\n2011 - 2019   Sargento, Policía Municipal de Caguas\n"
                + "2019 - presente   Supervisor de almacén, Almacenes Borinquen\n")).isEqualTo(Verdict.LE);
        // control: an "Oficial de ..." title is another trade
        assertThat(verdict("Luis Ortiz Vega\nCaguas, Puerto Rico\n\nExperiencia\n2015 - presente   Oficial de Préstamos, Cooperativa "
                + "de los Empleados de la Policía Municipal\n")).isNotEqualTo(Verdict.LE);
        // control: foreign police stays with a person
        assertThat(verdict("Luis Ortiz Vega\n\nExperiencia\n2011 - 2019   Sargento, Policía Nacional de Colombia, Bogotá\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_bullet_with_deeper_bullets_under_it_is_an_entry_head() {
        assertThat(verdict("Experience\n* Lake County Sheriff's Office, Lakeside -- Dep., Patrol Div., 2010-2018\n"
                + "    - calls for service, arrests, warrant service\n* Lakeside ISD -- Attendance clerk, 2018-present\n"))
                .isEqualTo(Verdict.LE);
        // control: the same rank inside a duty bullet of a civilian job
        assertThat(verdict("Experience\nLakeside ISD -- Attendance clerk, 2018-present\n"
                + "* liaison with Lake County Sheriff's Office -- Dep. on campus, truancy referrals\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void titles_abbreviated_for_a_narrow_column_in_an_export_row() {
        assertThat(verdict("Employer,Title,Start,End\nLake Co SO,Dep Sher,04/2009,08/2016\nAcme Foods,Shift Lead,09/2016,\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("employer\ttitle\tstart\tend\nCity of Lakeside Police Dept\tPO II\t2012\t2020\n"))
                .isEqualTo(Verdict.LE);
        // control: the same grade at a probation department is not a police officer's
        assertThat(verdict("employer\ttitle\tstart\tend\nLake County Adult Probation Dept\tPO II\t2012\t2020\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_foreign_place_in_another_sentence_of_the_line_does_not_make_a_title_foreign() {
        assertThat(verdict("My work\nFrom 2003 until 2012 I worked for the Lakeside Police Department as a police officer. "
                + "I was born in Manila, Philippines, and I translated in Tagalog for other officers.\n")).isEqualTo(Verdict.LE);
        // control: the foreign place in the title's own sentence
        assertThat(verdict("My work\nFrom 2003 until 2012 I worked as a police officer in Manila, Philippines. "
                + "I moved to Lakeside in 2013.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void an_armed_service_in_another_sentence_of_the_line_does_not_make_a_title_military() {
        assertThat(verdict("Ms. Reyes spent four years in the Navy as a yeoman. In 2012 she became a Special Agent with the "
                + "Federal Bureau of Investigation and served there until 2021.\n")).isEqualTo(Verdict.LE);
        // control: the armed service in the title's own sentence
        assertThat(verdict("Ms. Reyes served from 2012 to 2021 as a Special Agent with the U.S. Army Criminal Investigation Division "
                + "of the Army.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void two_spaces_part_cells_on_a_fixed_width_row() {
        assertThat(verdict("Dates       Employer                          Title\n"
                + "2004-2013   Drug Enforcement Administration  Special Agent\n"
                + "2013-pres.  Lakeside Pharmacy Group          Compliance Director\n")).isEqualTo(Verdict.LE);
        // control: the same words as one phrase in running prose are a corporate title, not a rank at the agency
        assertThat(verdict("I was a Lakeside Compliance  Special Agent reviewing Drug Enforcement Administration forms.\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_bare_officer_for_some_years_is_left_to_a_person() {
        assertThat(verdict("About me\nI served as an Officer for eight years, and it taught me patience. Now I want to "
                + "manage a hardware store.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: an officer "for" an organization is a club or corporate title
        assertThat(verdict("About me\nI served as an Officer for the Lakeside Garden Club, and I manage a hardware store.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_park_ranger_named_with_a_law_enforcement_commission() {
        assertThat(verdict("Lee Moss served eight years (2010-2018) as a commissioned State Park Ranger with Lakeside State Parks.\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Org.                   Title                          Dates\n"
                + "National Park Service  Park Ranger (LE commission)    2009-2017\n")).isEqualTo(Verdict.LE);
        // control: an interpretive park ranger
        assertThat(verdict("Org.                   Title                          Dates\n"
                + "National Park Service  Park Ranger (Interpretation)   2009-2017\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_bullet_naming_a_place_and_its_agency_with_a_length_of_service_heads_ranks_under_it() {
        assertThat(verdict("Client: Dana Fry\n- Lakeside PD, retiring in June after 21 yrs of service\n"
                + "- Sgt., Day Shift Supervisor, 2015-present\n- Ofc., Patrol, 2004-2015\n")).isEqualTo(Verdict.LE);
        // control: an agency inside a duty bullet of a civilian job does not head the rank after it
        assertThat(verdict("Experience\nLakeside Hospital, Security Supervisor, 2015-present\n"
                + "- liaison with Lakeside PD on trespass calls\n- Lt. on the night shift\n")).isNotEqualTo(Verdict.LE);
    }
}
