package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the eighth held-out run (set8, issue 12,
 * round 10), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerNinthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_unknown_capitals_heading_after_education_ends_it() {
        assertThat(verdict("Marta Lind\n"
                + "EDUCATION\n"
                + "Ph.D. Ecology, 2019\n"
                + "B.S. Biology, 2006\n"
                + "\n"
                + "FIELD POSITIONS\n"
                + "Game Warden, Nevada Department of Wildlife, 2007 - 2016\n"
                + "  - commissioned peace officer; arrests and citations\n"))
                .isEqualTo(Verdict.LE);
        // control: an all-capitals school name stays in the education section
        assertThat(verdict("Marta Lind\n"
                + "EDUCATION\n"
                + "STATE UNIVERSITY OF NEVADA\n"
                + "B.S. Criminal Justice, 2006; thesis on the game warden in rural counties\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_range_of_two_months_in_one_year_is_short_service() {
        assertThat(verdict("EXPERIENCE\n"
                + "Jan-Aug 2016  Police Officer, City of Ardmore Police Department; resigned in field training\n"
                + "2017-2024  Registered Nurse, Mercy Hospital\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same title over six and a half years
        assertThat(verdict("EXPERIENCE\n"
                + "Jan 2010-Aug 2016  Police Officer, City of Ardmore Police Department\n"
                + "2017-2024  Registered Nurse, Mercy Hospital\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void citizens_on_patrol_written_cop_is_a_volunteer_program() {
        assertThat(verdict("Events Coordinator, Food Bank, 2015 - 2024\n"
                + "\n"
                + "VOLUNTEER\n"
                + "Citizens on Patrol (COP), Ardmore Police Department, 2019 - present; unarmed volunteer\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: "cop" in lower case in the applicant's own sentence
        assertThat(verdict("For ten years I was a cop with the Ardmore Police Department (2005 - 2015), then I opened a bakery.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void looking_for_a_sworn_role_is_an_aspiration() {
        assertThat(verdict("Bank Teller, First Federal, 2015 - 2024\n"
                + "\n"
                + "Looking for: Border Patrol Agent vacancy, would love a sworn role.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the title held
        assertThat(verdict("Border Patrol Agent, U.S. Border Patrol, 2012 - 2024\n"
                + "  - Line watch and checkpoint duty\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_bylaw_law_enforcement_officer_is_not_sworn() {
        assertThat(verdict("Municipal Law Enforcement Officer (Bylaw), Town of Greyhaven, 2016 - 2024\n"
                + "  - Property standards, noise and parking complaints\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: "Law Enforcement Officer" at a police department
        assertThat(verdict("Law Enforcement Officer, Greyhaven Police Department, 2016 - 2024\n"
                + "  - Patrol, arrests, reports\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_investigator_at_a_police_review_board_is_civilian() {
        assertThat(verdict("Senior Investigator, Lakeside Police Review Board, 2015 - 2024\n"
                + "  - Investigate complaints about officers for the civilian board\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a detective at the police department
        assertThat(verdict("Detective, Lakeside Police Department, 2015 - 2024\n"
                + "  - Burglary and robbery cases\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_field_training_officer_at_an_ambulance_service_wrapped_across_lines_is_not_le() {
        assertThat(verdict("Paramedic / Field\n"
                + "Training Officer\n"
                + "Metro Ambulance Authority, 2015 - 2024\n"
                + "  - Precept new paramedics\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a field training officer at a police department
        assertThat(verdict("Field Training Officer\n"
                + "Lakeside Police Department, 2015 - 2024\n"
                + "  - Train new patrol officers\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_relative_in_a_third_person_bio_is_someone_elses_service() {
        assertThat(verdict("Gerald Whitcomb is the retired general counsel of an insurance company. His daughter is a trooper stationed in Altoona; he never wore the uniform himself.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the bio's own subject served
        assertThat(verdict("Gerald Whitcomb served as a trooper with the Pennsylvania State Police from 1990 to 2012, then taught at the academy.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void being_mistaken_for_a_cop_is_not_service() {
        assertThat(verdict("Armed Security Officer, Eastgate Mall, 2014 - 2024\n"
                + "Shoppers often mistake me for a cop because of the uniform and duty belt.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: "cop" in the applicant's own service
        assertThat(verdict("For ten years I was a cop with the Ardmore Police Department (2005 - 2015), then I opened a bakery.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_on_the_wrapped_continuation_of_a_duty_bullet_is_mid_sentence() {
        assertThat(verdict("EXPERIENCE\n"
                + "Marlow County Circuit Court, Felony Division\n"
                + "Official Court Reporter                     2009 - present\n"
                + "  - verbatim record of trials incl. hundreds of hours of\n"
                + "    police officer and detective testimony\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a capitalized title after a promotion in the same shape
        assertThat(verdict("Marlow Police Department, 2010 - 2024\n"
                + "  - Patrol, then promoted and assigned as\n"
                + "    Detective, burglary unit\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_after_explorer_is_a_youth_program_rank() {
        assertThat(verdict("EXPERIENCE\n"
                + "Dillmart #221        Store Manager        2014 - present\n"
                + "\n"
                + "POLICE INVOLVEMENT\n"
                + "• Tulsa Police Explorer, Post 3 - rank of Explorer\n"
                + "  Captain (2004-2008); badge, uniform, ride-alongs\n"
                + "  with patrol officers\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the rank at a police department
        assertThat(verdict("Captain, Marlow Police Department, 2005 - 2024\n"
                + "  - Commanded the east district\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_probation_officers_peace_officer_status_is_left_to_a_reviewer() {
        assertThat(verdict("EXPERIENCE\n"
                + "Probation Officer II, Marlow County Adult Probation, 2016 - 2024\n"
                + "- Supervise a felony caseload\n"
                + "- Peace officer status under state statute while on duty\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a deputy sheriff's peace-officer status
        assertThat(verdict("EXPERIENCE\n"
                + "Deputy Sheriff, Marlow County Sheriff's Office, 2016 - 2024\n"
                + "- Patrol and warrant service\n"
                + "- Peace officer status under state statute\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_army_cid_soldier_special_agent_is_military_law_enforcement() {
        assertThat(verdict("OBJECTIVE\n"
                + "Fraud investigator role with a federal contractor.\n"
                + "\n"
                + "EXPERIENCE - U.S. ARMY, 2002 - 2022\n"
                + "\n"
                + "CID Special Agent, Sergeant First Class - U.S. Army Criminal Investigation Division\n"
                + "2012 - 2022 (soldier special agent)\n"
                + " - Felony investigations on post\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a special agent at the FBI
        assertThat(verdict("Special Agent, Federal Bureau of Investigation, 2012 - 2022\n"
                + " - Public corruption cases\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_at_a_constabulary_in_england_is_foreign_police() {
        assertThat(verdict("CAREER\n"
                + "\n"
                + "Northumbria Constabulary  (England)         2008 - 2019\n"
                + "Police Constable, later CID (Det. Sergeant)\n"
                + "  - warranted officer; arrests and case files\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: "New England" in a U.S. agency's field division is domestic
        assertThat(verdict("Special Agent, Drug Enforcement Administration, New England Field Division, 2005 - 2017\n"
                + "  - Criminal investigations\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_abbreviated_rank_before_a_name_and_badge_at_a_sheriffs_office_is_le() {
        assertThat(verdict("EXPERIENCE\n"
                + "2016-2024      HVAC Technician, Coldline Air\n"
                + "2006-2015      Dep. T. Marsh #4471, Dunmore County Sheriff's Office - patrol and warrants\n"
                + "2002-2006      U.S. Marine Corps, infantry\n"))
                .isEqualTo(Verdict.LE);
        // control: the same abbreviation before a capitalized word is a different title ("Deputy Director")
        assertThat(verdict("EXPERIENCE\n"
                + "2016-2024      HVAC Technician, Coldline Air\n"
                + "2006-2015      Dep. Director, Dunmore County Parks Office\n"
                + "2002-2006      U.S. Marine Corps, infantry\n"))
                .isEqualTo(Verdict.NOT_LE);
    }
}
