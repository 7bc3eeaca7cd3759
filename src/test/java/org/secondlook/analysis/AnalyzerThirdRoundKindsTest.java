package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the second held-out run (issue 12, round 4),
 * each with a control that must stay law enforcement. None is taken from an evaluation set. Unit
 * tests, not evidence of accuracy.
 */
class AnalyzerThirdRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void words_in_a_keyword_list_are_search_terms_not_jobs() {
        AnalysisResult r = analyzer.analyze("Key words: public safety, sheriff, trooper, patrol rifles, optics, GSA, quota, CRM\n"
                + "Regional Sales Lead | Hollis Optics | 2015 - 2024\n- grew sales to state patrol and county agencies\n");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.explanation()).contains("keyword list"));
        assertThat(verdict("Tags: port of entry, CBP, officer liaison, tariff codes, bonded warehouse, drawback\n"
                + "Import Specialist, Harbor Freight Brokers, 2011 - 2024")).isEqualTo(Verdict.NOT_LE);
        // a skills list does not hide a real entry below it
        assertThat(verdict("Skills: report writing, de-escalation, radar, first aid, Spanish\n\n"
                + "Police Officer, Lakeview Police Department, 2012 - 2023\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_job_offer_the_applicant_turned_down_is_not_service() {
        assertThat(verdict("In 2009 the county sheriff offered me a deputy sheriff post, but I declined it and stayed "
                + "with the family farm.\nFarm Manager, Ostrander Acres, 2009 - present")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Got an offer as a state trooper in 2014; I turned it down for nursing school.\n"
                + "Registered Nurse, Mercy General, 2016 - present")).isEqualTo(Verdict.NOT_LE);
        // an accepted offer is service
        assertThat(verdict("Accepted an offer from the Tacoma Police Department in 2010 and served as a police officer "
                + "until 2021.")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_parents_service_stays_theirs_when_the_sentence_runs_over_a_line_break() {
        assertThat(verdict("Billing Coordinator, Lakes Pediatrics - 2015 to present\nMy father served\n"
                + "30 years as a state trooper; I never worked in policing.")).isEqualTo(Verdict.NOT_LE);
        // a dated line under a cue line opens a new entry
        assertThat(verdict("Mentored by my uncle, a retired detective\n2008 - 2019 Police Officer, Fresno Police Department\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void ranks_named_in_the_duties_of_a_civilian_entry_are_not_the_holders_title() {
        assertThat(verdict("Director of Finance (civilian), Marlow County Sheriff's Office - 2017 to present\n"
                + "   Budget and payroll; brief the Sheriff and the Undersheriff monthly; not a peace officer.\n"
                + "Accountant, Marlow County Treasurer - 2010 to 2017\n")).isEqualTo(Verdict.NOT_LE);
        // a promotion on a duty line is the holder's own title
        assertThat(verdict("Records Clerk, Dunmore Police Department - 2004 to 2007\n"
                + "   Filing and front desk; promoted to patrol officer in 2007, served until 2019.\n"))
                .isEqualTo(Verdict.LE);
        // an earlier service written on a duty line with its own dates, or as "former", stays the holder's own
        assertThat(verdict("Compliance Officer, Westgate Credit Union - 2016 to present\n"
                + "   Deputy Sheriff, Orange County (2004 - 2016)\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Compliance Officer, Westgate Credit Union - 2016 to present\n"
                + "   Brings twelve years as a former state trooper to fraud cases.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_civilian_community_service_officer_who_hopes_to_be_a_trooper_is_not_le() {
        assertThat(verdict("I'm a Community Service Officer with the Ames Police Department (non-sworn). One day I hope to become a State Patrol\n"
                + "trooper; I've applied for the next academy.")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void officers_as_the_people_a_clinician_evaluates_are_not_the_clinicians_title() {
        assertThat(verdict("Consulting Psychologist, Bridgeway Assessments (2012 - present)\n"
                + "   Psychological screening of police officer and firefighter\n   applicants for 25 departments.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void union_members_an_agent_sells_to_do_not_make_the_agent_a_federal_agent() {
        assertThat(verdict("Agent, Keystone Mutual Insurance (2014 - present): top producer for payroll plans;\n"
                + "signed up members of 9 police unions and two sheriff's deputies' associations.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_special_deputation_is_left_to_a_person() {
        assertThat(verdict("Court Security Officer, federal courthouse (contract), 2015 - 2024\n"
                + "Deputized as a Special Deputy U.S. Marshal for courthouse duties.")).isEqualTo(Verdict.UNCERTAIN);
        // a career deputy marshal is law enforcement
        assertThat(verdict("Deputy U.S. Marshal, U.S. Marshals Service, District of Oregon, 2009 - 2022"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void federal_and_military_investigative_agencies_give_a_special_agent_an_agency() {
        assertThat(verdict("Special Agent, Bureau of Diplomatic Security, U.S. Department of State - 2010 to 2018\n"
                + "   visa fraud cases and protective details\n")).isEqualTo(Verdict.LE);
        // an enlisted agent of a military investigative service is military law enforcement: left to a person
        assertThat(verdict("U.S. Air Force, Staff Sergeant - Special Agent, Office of Special Investigations - 2012 to 2019\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void foreign_police_written_in_its_own_language_is_left_to_a_person() {
        assertThat(verdict("Carabiniere, Arma dei Carabinieri - Napoli (2004 - 2011)\n   pattuglia, arresti\n"
                + "Pizzaiolo, Forno Rosso, Newark NJ (2012 - present)")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Agente de Policía, Policía Nacional del Perú, Lima — 2009 a 2015")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_role_the_applicant_says_they_had_no_part_in_is_not_service() {
        assertThat(verdict("U.S. Army, Sergeant, infantry (2006 - 2014); no military police duty.\n"
                + "Logistics Manager, Ridgeway Foods (2014 - present)")).isEqualTo(Verdict.NOT_LE);
        // a numbered item is not a negation
        assertThat(verdict("Patrol Officer, Reno Police Department, 2012 - 2022\nAward no. 3: Police Officer of the Year"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_county_or_parish_s_o_is_a_sheriffs_office() {
        assertThat(verdict("Det., Burglary Unit, Calcasieu Parish S.O., Lake Charles LA, 2012-2020\n"
                + "Insurance Adjuster, Gulf Mutual, 2020-present")).isEqualTo(Verdict.LE);
        // "so" as a word is not an agency
        assertThat(verdict("Moved to Baldwin County so I could be near family; Deputy Clerk, Probate Court, 2015-2024"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void entries_have_head_lines_and_detail_lines() {
        String text = "Jane Roe\n\nSergeant, Kettle PD — 2010 to 2020\n   patrol supervisor\n   field training\n"
                + "Analyst, Crane Bank — 2005 to 2010\n   credit reviews\n";
        NormalizedText norm = new TextNormalizer().normalize(text);
        Lexicons lex = new Lexicons(Policy.defaults());
        Tokens t = Tokens.of(norm, lex.vocab);
        Section[] sections = new Sections(lex.headings).of(text, norm, t);
        Entries e = Entries.of(text, norm, t, sections);
        assertThat(e.count).isEqualTo(3);
        assertThat(e.isHead(2)).isTrue();
        assertThat(e.headOf(4)).isEqualTo(2);
        assertThat(e.isHead(5)).isTrue();
        assertThat(e.headOf(6)).isEqualTo(5);
        assertThat(e.entryOf[1]).isEqualTo(-1);
    }
}
