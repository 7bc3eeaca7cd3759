package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the ninth held-out run (set9, issue 12,
 * round 11), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_headline_that_claims_more_than_a_reserve_history_is_left_to_a_person() {
        assertThat(verdict("MARGO LUND\n"
                + "Veteran police officer serving the Town of Ashby for nine years.\n"
                + "\n"
                + "2016 - present   Reserve Police Officer (unpaid, weekends), Ashby Police Department\n"
                + "2012 - present   Dental Hygienist, Bright Smiles Clinic\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same headline over a sworn full-time entry
        assertThat(verdict("MARGO LUND\n"
                + "Veteran police officer serving the Town of Ashby for nine years.\n"
                + "\n"
                + "2016 - present   Police Officer, Ashby Police Department\n"
                + "2012 - 2016      Reserve Police Officer, Ashby Police Department\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void peace_officer_status_written_with_a_hyphen_takes_the_auxiliary_entry() {
        assertThat(verdict("VOLUNTEER\n"
                + "Riverton Auxiliary Police, 4th Precinct — Auxiliary Police Officer, 2015 – 2024\n"
                + "  Volunteer, unarmed. Weekend foot patrol and parade details.\n"
                + "  Peace-officer status only while on duty.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void riding_with_a_full_time_deputy_is_not_the_reserve_applicant_s_title() {
        assertThat(verdict("Pharmacist, Valley Drug, 2010 - present\n"
                + "\n"
                + "Ridge County Sheriff's Office\n"
                + "   Reserve Deputy, 2017 - present\n"
                + "   Unpaid; always paired with a full-time deputy on weekend patrol.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_slash_joined_foreign_constable_title_is_foreign() {
        assertThat(verdict("EXPERIENCE\n"
                + "Ontario Provincial Police\n"
                + "  Constable / Agent, Highway Patrol Unit — Kenora detachment     2012 – 2022\n"
                + "  Patrol and collision investigation.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a domestic highway patrol agent's own title
        assertThat(verdict("EXPERIENCE\n"
                + "Agent, Highway Patrol Unit, State Highway Patrol     2012 – 2022\n"
                + "  Patrol and collision investigation.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void year_month_dates_under_twelve_months_are_short_service() {
        assertThat(verdict("2022-09 to 2023-04 — Police Officer, Lakeview Police Department (resigned)\n"
                + "2023-05 to present — Insurance Adjuster, Midland Mutual\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same form over four years
        assertThat(verdict("2018-09 to 2023-04 — Police Officer, Lakeview Police Department\n"
                + "2023-05 to present — Insurance Adjuster, Midland Mutual\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_officer_who_inspired_a_student_is_someone_else() {
        assertThat(verdict("Criminology student, Grayson College, 2022 - present\n"
                + "Barista, Bean There, 2021 - present\n"
                + "\n"
                + "Ever since a patrol officer pulled my brother from a crash I have wanted to serve.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own sentence
        assertThat(verdict("I served as a patrol officer with the Grayson Police Department from 2010 to 2019.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_case_handed_to_a_detective_is_not_the_investigator_s_title() {
        assertThat(verdict("Dana Pike\n"
                + "Insurance Fraud Analyst\n"
                + "\n"
                + "I find the fraud and police officers find the suspects; when fraud is confirmed the case goes to a\n"
                + "detective and I testify.\n"
                + "\n"
                + "Northway Insurance\n"
                + "   Fraud Analyst, 2012 - present\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: promoted to a detective, own service
        assertThat(verdict("Riverton Police Department, 2008 - 2020\n"
                + "Patrol officer, then promoted to a detective in 2014.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void two_alternative_titles_after_a_name_a_kind_of_person() {
        assertThat(verdict("Rex Dunn\n"
                + "\n"
                + "I find people who skipped bail and bring them back under the bondsman's contract. When a warrant is\n"
                + "in play I call the sheriff's office and let a deputy or police officer make the arrest.\n"
                + "\n"
                + "WORK\n"
                + "Recovery Agent, Apex Bonds, 2014 - present\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void misspelled_agency_and_rank_words_are_read_with_exact_offsets() {
        String text = "Roofer, Apex Roofing, 2019 - now\n"
                + "sherif deptuy - Knox County Sherriff's Office - 2011 to 2019, road patrol\n";
        AnalysisResult r = analyzer.analyze(text);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        AnalysisFinding f = r.findings().stream().filter(x -> x.category() == FindingCategory.LE_EMPLOYMENT).findFirst().orElseThrow();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("sherif deptuy").isEqualTo(f.text());
        // a corrections title in shorthand is left to a person, not called civilian
        assertThat(verdict("correctionl ofcr, Tri-County Jail, 2015-2021\n- head counts, transports\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a word one edit from "officer" that is a word of its own stays what it is
        assertThat(verdict("Office Manager, Deputy Dental Group, 2015 - 2021\n")).isEqualTo(Verdict.NOT_LE);
        // control: a misspelled plural still names other people
        assertThat(verdict("Cashier, Quik Stop, 2015 - 2021\nServed coffee to the sherriffs every morning.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void puerto_rico_police_written_in_spanish_is_domestic() {
        assertThat(verdict("EXPERIENCIA\n"
                + "Agente — Policía de Puerto Rico, Comandancia de Arecibo — 2010–2018\n"
                + " - Patrullaje preventivo, arrestos\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Policía Municipal de Carolina, Puerto Rico — 2009–2017\n"
                + " - sworn municipal police officer, patrol and arrests\n"))
                .isEqualTo(Verdict.LE);
        // control: a national police abroad stays foreign
        assertThat(verdict("Agente — Policía Nacional de Colombia, Medellín — 2010–2018\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void an_agency_name_before_officer_in_capitals_is_its_officer() {
        assertThat(verdict("DOCK WORKER - PORT ELIZABETH - 2019 TO NOW\n"
                + "HOUSING POLICE OFFICER - CITY HOUSING AUTHORITY - 2011 TO 2018. PATROL, ARRESTS\n"))
                .isEqualTo(Verdict.LE);
        // control: a title that is not an agency's stays outside the lists
        assertThat(verdict("DOCK WORKER - PORT ELIZABETH - 2019 TO NOW\n"
                + "COMPLIANCE OFFICER - HARBOR FREIGHT LINES - 2011 TO 2018\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void key_value_records_are_entry_fields_not_quotations() {
        assertThat(verdict("{\n"
                + "  \"history\": [\n"
                + "    {\n"
                + "      \"employer\": \"Oregon State Police\",\n"
                + "      \"title\": \"Trooper\",\n"
                + "      \"from\": \"2010-03\",\n"
                + "      \"to\": \"2020-06\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n"))
                .isEqualTo(Verdict.LE);
        // control: a quoted slogan in running text is still a quotation
        assertThat(verdict("Marketing Lead, Brightline Media, 2012 - 2020\n"
                + "Wrote the campaign \"Thank a Trooper Today\" for a client.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void federal_officers_at_a_border_port_are_not_foreign() {
        assertThat(verdict("2012 – 2019   U.S. Customs and Border Protection\n"
                + "              CBP Officer, Nogales Port of Entry (Mexico border crossing)\n"
                + "              Primary and secondary inspection, seizures, arrests.\n"))
                .isEqualTo(Verdict.LE);
    }
}
