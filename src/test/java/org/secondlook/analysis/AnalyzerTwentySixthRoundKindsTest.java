package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-fifth held-out run (set25, issue 12,
 * round 27), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentySixthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_title_split_at_a_hyphen_and_a_space_by_a_converter_is_read_whole() {
        assertThat(verdict("Sam Reed\nWORK\nElm River Police Department \u2014 Pa- trol Of\uFB01cer\n2012-2019\n"
                + " enforced state law; arrests, traffic stops\nElm Grain Co-op \u2014 Driver   2019-present\n"))
                .isEqualTo(Verdict.LE);
        // control: a hyphen and a space that part two words stay parted ("full- and part-time")
        assertThat(verdict("Sam Reed\nWORK\nElm River Grain Co-op \u2014 full- and part-time Driver\n2012-2019\n"
                + " hauled grain; kept the trucks\n")).isEqualTo(Verdict.NOT_LE);
        TextNormalizer normalizer = new TextNormalizer(new Lexicons(Policy.defaults()).vocab);
        NormalizedText norm = normalizer.normalize("Pa- trol; non- sworn");
        assertThat(new String(norm.chars, 0, norm.length)).isEqualTo("patrol; non- sworn");
        assertThat(norm.originalStart(2)).isEqualTo(4); // "t" of "trol" maps back past the hyphen and the space
    }

    @Test
    void a_commonwealth_force_and_its_inspector_of_police_are_foreign() {
        assertThat(verdict("Lee Wong\nELM TRUST BANK, Honolulu\n  Loan Officer, 2001-2020\n\n"
                + "HONG KONG POLICE FORCE, Kowloon\n  Station Sergeant to Inspector of Police, 1984-2000. Beat and crime duties.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: an inspector of a police department in Hawaii
        assertThat(verdict("Lee Wong\nELM TRUST BANK, Honolulu\n  Loan Officer, 2001-2020\n\n"
                + "ELM CITY POLICE DEPARTMENT, Honolulu, Hawaii\n  Sergeant to Police Inspector, 1984-2000. Patrol and crime duties.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_writer_of_a_letter_or_commendation_signs_with_a_title_beside_a_name() {
        assertThat(verdict("Jo Park\nRecords Clerk, Elm City Police Department, 2015-present\n  Filing, records requests,"
                + " officer commendation files\n\nLETTER\nMs. Park keeps our records in order. Every officer here relies on her.\n"
                + "Chief of Police Alan Reyes, Elm City Police Department\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Jo Park\nData Analyst, Elm City Police Department, 2015-present\n  Crime maps for briefings\n\n"
                + "Commendation - Chief of Police Mara Diaz:\n\"Her maps helped our officers close a theft ring.\"\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Jo Park\nFront Desk Clerk, Elm County Sheriff's Office, 2015-present\n\nLETTER OF RECOMMENDATION\n"
                + "Ms. Park has run our front desk for years. She will make a fine deputy one day.\n"
                + "  Maj. Dana Holt, Chief Deputy, Elm County Sheriff's Office\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant named by title and surname in the letter is the applicant
        assertThat(verdict("Jo Park\nB.A. Sociology, Elm State University, 2011\n\nLetter of Recommendation\n"
                + "Officer Park has served under my command at the Elm City Police Department since 2012. I recommend her.\n"
                + "Sgt. Lee Cruz, Elm City Police Department\n")).isEqualTo(Verdict.LE);
        // control: the applicant's own letter under a bare heading keeps its first-person title
        assertThat(verdict("Jo Park\nLETTER\nDear Chief Ross,\nI served as a patrol officer with the Elm City Police Department"
                + " from 2010 to 2018 and would like to return.\nJo Park\n")).isEqualTo(Verdict.LE);
        // control: an entry line with its dates after a letter's heading is still the applicant's
        assertThat(verdict("Jo Park\nLETTER\nI write for my daughter.\n\nEXPERIENCE\n"
                + "Police Officer, Elm City Police Department, 2012-2020\n  Patrol, arrests\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_post_or_license_that_says_it_carries_no_arrest_powers_is_not_police_service() {
        assertThat(verdict("Lee Ford\nBail Recovery Agent, Elm Bail Bonds, 2015-present\n  Found and returned clients who missed court\n"
                + "LICENSE: State bail enforcement license (private; no arrest powers as a peace officer)\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Lee Ford\nHospital Police Officer - Elm Regional Medical Center, 2016-present\n"
                + " Non-sworn post: no commission; patient watches, door checks, parking lots.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a sworn post that states its arrest powers
        assertThat(verdict("Lee Ford\nPolice Officer - Elm City Police Department, 2016-present\n"
                + " Sworn peace officer with full arrest powers; patrol, traffic stops.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void sworn_in_by_a_town_as_a_title_is_the_applicant_s_own_service() {
        assertThat(verdict("Jo Hale - Elm, CT\nMy years:\n2001 - I was sworn in by the Town of Elm as a patrol officer.\n"
                + "2009 - After eight years on patrol I left the department to teach.\n")).isEqualTo(Verdict.LE);
        // control: a title after "by the" in a sentence about someone else
        assertThat(verdict("Jo Hale - Elm, CT\nMy years:\n2001 - I was pulled over by the patrol officer on duty and chose to"
                + " study law.\n2009 - Paralegal, Elm Law Group.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void sworn_comma_certified_officer_states_the_applicant_s_own_status() {
        assertThat(verdict("JO VANCE - Court Liaison Officer\nElm Township Police Department, PA - 2015-2022\n"
                + "Sworn, state-certified police officer with arrest powers. Scheduled court dates; also worked patrol shifts.\n"
                + "Before: Legal Secretary, Elm & Oak LLP (2010-2015)\n")).isEqualTo(Verdict.LE);
        // control: the same post without the sworn status names officers among its duties
        assertThat(verdict("JO VANCE - Court Liaison Officer\nElm Township Police Department, PA - 2015-2022\n"
                + "Scheduled court dates for each police officer, kept case files.\n"
                + "Before: Legal Secretary, Elm & Oak LLP (2010-2015)\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_deputy_jailer_sworn_as_a_deputy_for_the_jail_is_corrections() {
        assertThat(verdict("Ida Mae Cole\nElm County Sheriff's Office, Elmwood, Kentucky\nDeputy Jailer, 1980 - 1999\n"
                + "Back then the jailer was also sworn in as a deputy, but all my work was inside the county jail: booking,"
                + " meals, headcounts.\n\nElm County School Cafeteria, Cook, 1999 - 2010\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a road deputy's entry that states the oath
        assertThat(verdict("Ida Mae Cole\nElm County Sheriff's Office, Elmwood, Kentucky\nDeputy Sheriff, 1980 - 1999\n"
                + "I was sworn in as a deputy; road patrol, warrants and arrests.\n\nElm County School Cafeteria, Cook, 1999 - 2010\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_bullet_that_opens_with_an_agency_s_initials_and_a_rank_is_the_applicant_s_entry() {
        assertThat(verdict("K. Ames\n- Help Desk Lead, Elm College (2021-present)\n- EPD Sgt. (Elm Police Dept.) 2012-2021; patrol, arrests\n"))
                .isEqualTo(Verdict.LE);
        // control: a rank after an agency in the middle of a duty bullet is someone the applicant worked with
        assertThat(verdict("K. Ames\n- Help Desk Lead, Elm College (2021-present)\n- Reset passwords for the EPD Sgt. on the night shift\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_summary_s_title_belongs_to_a_dated_entry_that_names_only_the_agency() {
        assertThat(verdict("Pat Lane\nElm Falls, SC\n\nABOUT ME\nFrom 2010 to 2016 I served the Elm Falls Police Department as a"
                + " sworn patrol officer. Now I run a dog school.\n\nEXPERIENCE\nOwner, Elm Dog School, 2016-present\n"
                + "Elm Falls PD, 2010-2016 (Patrol; Bike Unit 2013-2016)\n")).isEqualTo(Verdict.LE);
        // control: the summary's claim over an entry with a title of its own is still left to a reviewer
        assertThat(verdict("Pat Lane\nElm Falls, SC\n\nABOUT ME\nI was a sworn patrol officer with the Elm Falls Police Department."
                + " Now I run a dog school.\n\nEXPERIENCE\nOwner, Elm Dog School, 2016-present\n"
                + "Security Officer, Elm Falls Mall, 2010-2016\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_bullet_s_last_word_does_not_join_the_title_that_opens_the_next_entry() {
        assertThat(verdict("Jo Park\nEXPERIENCE\nFleet Safety Lead, Elm Freight  2019-present\n  - Driver training program\n"
                + "Officer, Elm State Highway Patrol  2012-2019\n  - Enforcement, crash reports, DUI arrests\n")).isEqualTo(Verdict.LE);
        // control: a title written over two lines of its own is still one title
        assertThat(verdict("Jo Park\nEXPERIENCE\nSenior Program\nOfficer, Elm Arts Foundation  2012-2019\n  - Grants and reports\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_clause_after_a_comma_and_and_ends_a_course_s_reach() {
        assertThat(verdict("My name is Ana Ruiz. After college in 2015 I was hired by the Elm State University Police Department,"
                + " went through the basic academy course, and was certified by Elm POST as a peace officer. I worked patrol"
                + " there for three years, until 2018.\n")).isEqualTo(Verdict.LE);
        // control: a title inside the course's own clause is what the course was about
        assertThat(verdict("My name is Ana Ruiz. I have worked at Elm Grocers since 2015. In 2019 I took a night course on the"
                + " duties of a peace officer.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_heading_word_does_not_join_the_bare_title_under_it() {
        assertThat(verdict("Jo Lee\nSKILLS\n- Scheduling, payroll\n\nEMPLOYMENT\nOfficer .................. 2005-2011\n"
                + "Office Manager, Elm Dental Group ... 2011-present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a title in capitals split over a narrow column stays one title
        assertThat(verdict("Jo Lee\nSKILLS\n- Scheduling, payroll\n\nSECURITY\nOFFICER, ELM MALL GUARD CO. 2005-2011\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the same heading over a title that names its employer
        assertThat(verdict("Jo Lee\nSKILLS\n- Scheduling, payroll\n\nEMPLOYMENT\nEmployment Officer, Elm Workforce Board .. 2005-2011\n"
                + "Office Manager, Elm Dental Group ... 2011-present\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_fiancee_written_with_its_accent_is_someone_else() {
        assertThat(verdict("I grew up in Elm Bay and enlisted in the Navy in 2011, serving six years as a radar technician."
                + " Since then I have been a field engineer. My fianc\u00e9e is an Elm Bay police officer.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own title in the same kind of story
        assertThat(verdict("I grew up in Elm Bay. Since 2012 I have been an Elm Bay Police Department police officer; before that"
                + " I was a radar technician.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_entry_quoted_as_the_applicant_listed_it_is_read_as_an_entry() {
        assertThat(verdict("SCREENING NOTES - Applicant: Lee Hart\nJobs the applicant listed:\n  \"Officer, 2012-2017\"  (employer not given)\n"
                + "  Cashier, Elm Market, 2017-present (verified)\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a quoted remark with a year is not an entry
        assertThat(verdict("SCREENING NOTES - Applicant: Lee Hart\nCashier, Elm Market, 2017-present (verified)\n"
                + "  \"Officer Diaz was polite to the staff in 2019.\"\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void years_of_wearing_a_town_s_badge_with_their_dates_are_service() {
        assertThat(verdict("Sam Ortiz\nElm Harbor, NY\n\nAbout me\nI spent nine years (2008-2017) wearing a badge for the Town of"
                + " Elm Harbor, mostly on night patrol. I made arrests and testified in court.\n\nNow: Site Manager, Elm Builders (2017-)\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Sam Ortiz\nI spent nine years (2008-2017) with the Village of Elm Harbor Police Department on night patrol.\n"))
                .isEqualTo(Verdict.LE);
        // control: years with a town's public works are not police service
        assertThat(verdict("Sam Ortiz\nI spent nine years (2008-2017) with the Town of Elm Harbor, mostly plowing roads at night.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }
}
