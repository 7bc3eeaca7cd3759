package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fourth held-out run (issue 12, round 6),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests,
 * not evidence of accuracy.
 */
class AnalyzerFifthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_rank_in_a_fire_service_entry_is_a_fire_rank() {
        assertThat(verdict("Pinecrest Fire Protection District\n  Battalion Captain, 2015 - present\n  Lieutenant, 2009 - 2015\n"
                + "Pre-plan inspections; refer arson cases to the Pinecrest Police Department.\n")).isEqualTo(Verdict.NOT_LE);
        // the same ranks under a police department stay police ranks
        assertThat(verdict("Pinecrest Police Department\n  Captain, 2015 - present\n  Lieutenant, 2009 - 2015\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_recipient_of_a_referral_is_someone_else() {
        assertThat(verdict("Building Inspector, Town of Alder, 2012 - present\n"
                + "Code violations; referrals to the Alder County Sheriff's investigator when a crime is suspected.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void insurance_and_private_sector_investigators_are_not_law_enforcement() {
        assertThat(verdict("Harmon Mutual Insurance, 2015 - present\n  Cases go to the state police when charges are likely.\n"
                + "  Private-sector investigator with no police powers.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Claims Investigator, Keystone Casualty Co., 2016 - present\n"
                + "  Work auto-theft rings with the Harlow State Police auto unit.\n")).isEqualTo(Verdict.NOT_LE);
        // an investigator at a police department is still one
        assertThat(verdict("Investigator, Harlow State Police, 2010 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void rank_abbreviations_under_a_police_department_written_as_its_initials() {
        assertThat(verdict("KPD (Kingman, AZ) 2006 - 2019: Ofc. '06-'12; Det. '12-'16; Sgt. '16-'19.\n")).isEqualTo(Verdict.LE);
        // continuing professional development written "CPD" is not a police department
        assertThat(verdict("CPD (30 hours) 2019 - 2020: Sgt. Pepper tribute band, lead guitar.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void years_with_a_police_agency_in_prose() {
        assertThat(verdict("I gave 14 years to the job: nine years with the Corvallis Police Department, most of them on nights, "
                + "before I moved into insurance in 2019.\n")).isEqualTo(Verdict.LE);
        // years as a civilian at the agency, or years working with it, are not service
        assertThat(verdict("Nine years as a records clerk with the Corvallis Police Department, 2010 - 2019.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Account Manager, Tidewater Radio, 2010 - 2019. Nine years working with the Corvallis Police Department on its radios.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void federal_agency_initials_with_agent_abbreviations() {
        assertThat(verdict("2008-22  DEA - SA, Phoenix FD; ASAC, El Paso FD 2018-22\n2022 -   Director of Compliance, Westline Bank\n"))
                .isEqualTo(Verdict.LE);
        // "SA" beside no agency is not a title
        assertThat(verdict("Sales Associate (SA), Brightway Outfitters, 2015 - 2020\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_bare_officer_under_another_entrys_corporate_duties_is_left_to_a_reviewer() {
        assertThat(verdict("Payroll Clerk, Hanley Foods, 2018 - present\n   Payroll, billing, banking reconciliations.\n"
                + "Officer - 2012 - 2017 - Tulsa area\n   Night shifts, incident reports.\n")).isEqualTo(Verdict.UNCERTAIN);
        // a corporate word on the title's own line still makes it a corporate officer
        assertThat(verdict("Officer, Hanley Foods board of directors, 2012 - 2017\n")).isEqualTo(Verdict.NOT_LE);
    }
}
