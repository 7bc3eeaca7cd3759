package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twelfth held-out run (set12, issue 12,
 * round 14), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerThirteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_spaced_dash_after_a_title_separates_it_from_its_employer_and_is_no_compound() {
        assertThat(verdict("Police Officer \u2014 Bureau of Land Management, Boise District    2011 \u2013 2019\n"
                + "  - patrol of public lands, arrests, case reports\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Police Officer - Division of Parks, Cedar County, 2011 - 2019\n"))
                .isEqualTo(Verdict.LE);
        // control: a hyphen that joins the words still makes the title a modifier
        assertThat(verdict("Bookkeeper, Alder & Co., 2012 - 2020\nBuilt the officer-scheduling workbook for a client.\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Payroll Clerk, 2014 - 2022: processed police officer-bureau overtime sheets.\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_before_a_column_break_or_the_next_field_s_label_is_the_title_of_a_form_block() {
        assertThat(verdict("A. Employer: Federal Bureau of Investigation, Tampa Field Office\n"
                + "   Title: Special Agent       Dates: 2004 - 2012\n"
                + "B. Employer: Suncoast Bank    Title: Fraud Analyst   Dates: 2012 - present\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Employer: Harris County Sheriff's Office\nPosition: Sergeant Salary: $61,000  From: 2009 To: 2015\n"))
                .isEqualTo(Verdict.LE);
        // control: a rank right before a capitalized word still qualifies it ("Deputy Director" is not a deputy)
        assertThat(verdict("Employer: State Department of Revenue\nTitle: Deputy Director   Dates: 2010 - 2016\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_option_left_unticked_in_a_form_is_no_claim_and_a_ticked_one_is() {
        assertThat(verdict("VOLUNTEER APPLICATION - Riverside Search and Rescue\n"
                + "Occupation: Loan Officer, First Plains Bank (2012-present)\n"
                + "[x] CPR certified\n[ ] Current or former sworn law enforcement officer\n\u2610 Former deputy sheriff\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the same option ticked, with the service named, is a claim
        assertThat(verdict("Occupation: Loan Officer, First Plains Bank (2012-present)\n"
                + "[x] Current or former sworn law enforcement officer (Sioux Falls Police Department, police officer 2004-2011)\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_deputy_us_marshal_written_by_the_service_s_initials_is_service() {
        assertThat(verdict("SKILLS SUMMARY\nFugitive Work\n\u2022 Led 200 fugitive arrests as a DUSM with a regional task force\n"
                + "EMPLOYMENT\nU.S. Marshals Service, District of Kansas    2009 - 2018\n"))
                .isEqualTo(Verdict.LE);
        // control: the deputy the applicant dealt with is someone else
        assertThat(verdict("Senior Paralegal, Hale & Burke LLP, 2010 - 2020\n"
                + "Coordinated witness transport with the DUSM assigned to the case.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_enforcement_officer_is_law_enforcement_only_at_a_law_enforcement_agency() {
        assertThat(verdict("Enforcement Officer, Fish and Wildlife Office of Law Enforcement, Anchorage    2014 - 2020\n"
                + "  Inspections, seizures, arrests under federal wildlife law.\n"))
                .isEqualTo(Verdict.LE);
        // controls: the same title at a parking authority or a code department
        assertThat(verdict("Enforcement Officer, Metro Parking Authority 2016 - 2021\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Code Enforcement Officer, City of Mesa 2016 - 2021\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_misspelled_plural_sheriffs_is_repaired_inside_an_agency_name() {
        assertThat(verdict("Employer: Luna County Sherrifs Office, Deming NM\nJob title: Sherrifs Deputy\nFrom 2010 to 2016\n"))
                .isEqualTo(Verdict.LE);
        // control: a lone near-word stays what it is
        assertThat(verdict("Dispatcher trainee notes: the sherrifs were kind to visitors.\nCashier, Deming Market, 2010 - 2016\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_rank_in_a_tab_separated_employer_table_is_that_row_s_title() {
        assertThat(verdict("EMPLOYMENT\nOrganization\tPosition\tDates\nCamden PD\tSgt. \u2014 2nd District\t2012-2018\n"
                + "Rowan College\tAdmissions Advisor\t2018-present\n"))
                .isEqualTo(Verdict.LE);
        // control: a rank written right before a capitalized word still qualifies it
        assertThat(verdict("EMPLOYMENT\nOrganization\tPosition\tDates\nCamden School District\tDeputy Superintendent\t2012-2018\n"))
                .isEqualTo(Verdict.NOT_LE);
    }
}
