package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the eleventh held-out run (set11, issue 12,
 * round 13) and the set10 leftovers fixed in it, each with a control that must keep its verdict. None
 * is taken from an evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerTwelfthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void patrol_as_the_entry_s_own_title_at_an_agency_named_by_its_initials_is_service() {
        assertThat(verdict("EXPERIENCE\nFloor Manager, Red Rock Casino, 2020 - present\n\n"
                + "LVMPD - Las Vegas, NV (2010 - 2020)\n"
                + "- Patrol, Northwest Area Command (2010-2015): graveyard shift\n"
                + "- Motors unit (2015-2020)\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Denver Police Department - Patrol - 2008-2016\n  District 6 cars; arrests, court\n"
                + "Realtor, Front Range Homes - 2016-present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void patrol_as_a_duty_of_a_security_officer_is_not_a_title() {
        assertThat(verdict("Security Officer (Unarmed) - Allied Guard Co., Tysons VA - 2016-2020\n"
                + "- Patrol, access control, shoplifting reports to Fairfax County police.\n"))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("Valet Lead, Harbor Hotel, 2015 - 2020\nPatrol rounds of the garage; call the police department when needed.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_promotion_said_as_made_sergeant_under_a_dated_agency_bullet_is_service() {
        assertThat(verdict("Ten years on the job, then out.\n"
                + " - Came on 2008, academy, then a sector car in the 75\n"
                + " - Made sergeant 2014. Squad supervisor in the 73\n"
                + " - NYPD, 2008 - 2018\n"
                + "Since then: electrician, Local 3, 2018-present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_sheriff_s_office_written_so_after_its_county_or_parish_is_an_agency() {
        assertThat(verdict("1999-2004\tLine cook, Waffle House\n2004-2011\tDep., Polk Co. SO - patrol, civil process\n"
                + "2011-present\tFleet mechanic, Ryder\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Lafourche Parish SO - Deputy, Patrol Division, 2012-2019\n - arrests, DWI, crash reports\n"))
                .isEqualTo(Verdict.LE);
        // control: "so" as a word is no agency
        assertThat(verdict("Deputy Director, Polk County Library, 2012-2019, so I ran budgets and hiring\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void department_initials_over_a_rank_line_are_the_agency() {
        assertThat(verdict("EXP:\nTPD (Tulsa) ... 2006-2018\n  P.O. -> Cpl. (2012). Gilcrease div. DWI, felony arrests.\n"
                + "Grain Co-op ... 2018-now\n  Safety lead.\n"))
                .isEqualTo(Verdict.LE);
        // control: continuing professional development hours are no agency
        assertThat(verdict("CPD hours: 40 (2023)\nLead Engineer, Acme Widgets, 2015-2023\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void hired_by_a_sheriff_s_office_is_the_applicant_s_employer() {
        assertThat(verdict("About me\nI went through the academy in 2001 and was hired by the Lake County Sheriff's Office, "
                + "where I spent eight years (2001-2009): road deputy on nights, then the marine unit. "
                + "Since 2009 I have run a bait shop.\n"))
                .isEqualTo(Verdict.LE);
        // control: someone else's deputy taken in by a cue
        assertThat(verdict("I was mentored by the Lake County deputy who coached our team.\nBait shop owner, 2009-present\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void police_or_officer_with_two_letters_swapped_is_read_as_the_word() {
        assertThat(verdict("WORK\nDispatcher, Ozaukee County 911, 2014-now\nPoilce Officer, Village of Fredonia PD (sworn) 2010-2014\n"))
                .isEqualTo(Verdict.LE);
        // control: "policy" is one substitution from "police", not a swap
        assertThat(verdict("Policy Officer, State Department of Health, 2015-2020\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_sheriff_who_presented_an_award_is_not_the_applicant() {
        AnalysisResult r = analyzer.analyze("Crane Operator, Teichert, 2010-2024\n\nAWARDS\n"
                + "County Sheriff's Office Citizen Commendation (2019), presented by Sheriff Ana Ruiz, for aid at a crash.\n");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(r.findings()).anyMatch(f -> f.category() == FindingCategory.THIRD_PARTY);
    }

    @Test
    void a_state_department_of_criminal_justice_is_an_agency_not_coursework() {
        assertThat(verdict("OKDCJ (Oklahoma Dept. of Criminal Justice) - Correctional Officer, 2011-2019\n"
                + " - counts, escorts, cell block\nBus driver, Tulsa Transit, 2019-present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the degree is still coursework
        assertThat(verdict("EDUCATION\nB.S. Criminal Justice - Correctional Officer track, 2011\nEXPERIENCE\nBus driver, 2012-present\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_commission_in_a_negated_list_is_denied() {
        assertThat(verdict("Armed Security Officer, Coastline Guard Services, 2016 - present\n"
                + "Contract guard; no peace-officer license and no police or\nspecial-police commission of any kind.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a commission held is still left to a person
        assertThat(verdict("Armed Security Officer, Coastline Guard Services, 2016 - present\n"
                + "Holds a special police commission from the city.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_records_correction_officer_corrects_records() {
        assertThat(verdict("2010-2018  Records Correction Officer, Travis County Clerk - amended birth records\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("2010-2018  Correction Officer, Travis County Jail\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_real_trooper_is_a_good_sport() {
        assertThat(verdict("Camp Director, Pine Hollow Camp, 2015-present\n"
                + "From my old boss: \"Chad is a real trooper - stayed up all night during the storm.\"\n"))
                .isEqualTo(Verdict.NOT_LE); // "Chad" is also a country: the idiom, not a foreign trooper
        // control: a trooper's own entry is still service
        assertThat(verdict("Trooper, Ohio State Highway Patrol, 2012 - 2024\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_civilian_federal_agent_series_at_a_naval_service_is_federal_law_enforcement() {
        assertThat(verdict("Air Force Office of Special Investigations (AFOSI), Ramstein\n"
                + "Special Agent, GS-1811-12 (civilian) | 2013 - 2020\n"
                + "- Felony investigations involving Air Force and Army personnel.\n"))
                .isEqualTo(Verdict.LE);
        // control: a uniformed military investigator is still left to a person
        assertThat(verdict("U.S. Army, 2013 - 2020\nMilitary Police Investigator, CID, Fort Hood\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void an_office_named_after_its_officer_under_a_civilian_title_is_the_employer() {
        assertThat(verdict("EXPERIENCE\nPayroll Clerk (civilian)\nFort Bend County Constable, Precinct 3\n2014 - 2023\n"
                + "  - payroll, civil papers log, scheduling for deputies\nCashier, H-E-B, 2010 - 2014\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the constable's own title line is still service
        assertThat(verdict("EXPERIENCE\nDeputy Constable\nFort Bend County Constable, Precinct 3\n2014 - 2023\n"
                + "  - warrants, civil process, patrol\n"))
                .isEqualTo(Verdict.LE);
        // control: a heading that opens with "Civilian" is no civilian title over the deputy's entry
        assertThat(verdict("MILITARY\nU.S. Army, 2012 - 2016, Specialist\n\nCIVILIAN LAW ENFORCEMENT\n"
                + "Deputy Sheriff - Pender County Sheriff's Office, Burgaw, NC      Jun 2017 - present\n  - patrol, warrants\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_writer_of_a_pasted_recommendation_letter_is_not_the_applicant() {
        assertThat(verdict("Applicant: Sam Ortiz\n(Pasting my reference letter here.)\n\nCITY OF ELM GROVE POLICE DEPARTMENT\n"
                + "I write in support of Sam Ortiz, who worked for this department from 2016 to 2023 as a records clerk.\n"
                + "As a police officer for 22 years and chief for the last five, I have worked with many clerks. Sam was the best.\n\n"
                + "Sincerely,\nChief of Police, Elm Grove Police Department\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a letter about an officer keeps the officer's service
        assertThat(verdict("Applicant: Dana Ruiz\n(Pasting my reference letter here.)\n\nCITY OF ELM GROVE POLICE DEPARTMENT\n"
                + "I write in support of Dana Ruiz.\nShe served as a police officer in my department from 2012 to 2022 and made every shift better.\n\n"
                + "Sincerely,\nChief of Police, Elm Grove Police Department\n"))
                .isEqualTo(Verdict.LE);
    }
}
