package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-seventh held-out run (set27, issue 12,
 * round 28), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentySeventhRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void goods_bought_for_officers_are_not_service() {
        assertThat(verdict("Pat Moore\nProcurement Analyst - Elm Federal Supply Office, 2012-present\n"
                + " - signed orders for CBP officer body armor and fleet vans\n")).isEqualTo(Verdict.NOT_LE);
        // control: a CBP officer's own entry, where body armor is the applicant's gear
        assertThat(verdict("Pat Moore\nCBP Officer - U.S. Customs and Border Protection, 2012-present\n"
                + " - port inspections; wore body armor on every shift\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_simile_built_on_a_title_is_not_a_job() {
        assertThat(verdict("Kim Hale\nFraud Analyst - Elm Savings Bank, 2016-present\n"
                + "Talk: \"Think like a detective when you read a ledger\"\n")).isEqualTo(Verdict.NOT_LE);
        // control: a detective's own entry
        assertThat(verdict("Kim Hale\nDetective - Elm City Police Department, 2016-present\n"
                + "Burglary and fraud cases\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_client_the_applicant_supports_is_not_the_applicants_role() {
        assertThat(verdict("Dev Rao\nNetwork Administrator, Elm County (supports the clerk, sheriff and parks office), 2015-present\n"
                + "Firewalls; backups\n")).isEqualTo(Verdict.NOT_LE);
        // control: a deputy sheriff's own entry at a county
        assertThat(verdict("Dev Rao\nDeputy Sheriff, Elm County Sheriff's Office, 2015-present\n"
                + "Patrol; warrants\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_federal_title_that_names_its_civilian_agency_is_not_military_police() {
        assertThat(verdict("Ray Ortiz\nRealtor, Elm Homes, 2018-present\nRetired Deputy U.S. Marshal (Western District, 1996-2018)."
                + " Glad to help military families relocate.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Ray Ortiz\nHistory\n- Realtor, Elm Homes, 2018-present\n- Border Patrol Agent, Laredo Sector, 2006-2018\n"
                + "- U.S. Marine Corps, 2002-2006\n")).isEqualTo(Verdict.LE);
        // control: an agency that serves the armed forces stays with a reviewer beside a military line
        assertThat(verdict("Ray Ortiz\nHistory\n- Realtor, Elm Homes, 2018-present\n- NCIS Special Agent, 2006-2018\n"
                + "- U.S. Navy, 2002-2006\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void the_agency_cases_are_sent_to_is_not_the_employer() {
        assertThat(verdict("Lou Brandt\nInvestigator, Elm Mutual, 2014-present\nSend staged-crash cases to state police;"
                + " train new adjusters.\n")).isEqualTo(Verdict.NOT_LE);
        // control: an investigator at the state police who worked cases to arrest
        assertThat(verdict("Lou Brandt\nInvestigator, Elm State Police, 2014-present\nWorked staged-crash cases to arrest"
                + " and conviction.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_company_job_does_not_take_the_agency_of_the_dated_entry_beside_it() {
        AnalysisResult r = analyzer.analyze("Kay Lund | Realtor\n\nAgent, Elm Realty, 2014-present.\n"
                + "Police Officer, Elm Police Department, Feb-Oct 2013 - resigned after field training.\n");
        assertThat(r.verdict()).isEqualTo(Verdict.UNCERTAIN); // nine months of service, not the realty years
        // control: a rank on the next dated line of the same town keeps its agency from the line above
        AnalysisResult c = analyzer.analyze("Ron Vale\n\nPatrolman, Town of Elm (1995 - 2005), Elm Police Dept.\n"
                + "Sergeant, Town of Elm (2005 - 2015)\n");
        assertThat(c.verdict()).isEqualTo(Verdict.LE);
        assertThat(c.leMonths()).isEqualTo(240);
    }

    @Test
    void a_timelines_lone_year_does_not_cut_the_entrys_own_month_range() {
        AnalysisResult r = analyzer.analyze("Kyle Bell\nTIMELINE\n2016 \u2550\u2566\u2550 Deputy Sheriff, Elm County Sheriff's Office"
                + " (Feb\u2013Sep 2016, sworn)\n2017 \u2550\u256C\u2550 Deputy Sheriff, Oak County Sheriff's Office (Jan\u2013Nov 2017, sworn)\n"
                + "2018 \u2550\u2569\u2550 Clerk, Elm Hardware (present)\n");
        assertThat(r.leMonths()).isEqualTo(19);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        // control: a year joined to a month by "to" is still one range
        AnalysisResult c = analyzer.analyze("Kyle Bell\nDeputy Sheriff, Elm County Sheriff's Office, 2016 to Mar 2017\n");
        assertThat(c.leMonths()).isEqualTo(15);
    }

    @Test
    void deputy_with_a_letter_doubled_is_read_alone_as_deputy() {
        assertThat(verdict("Cal Pratt\nJobs\nElm County Sheriff's Ofice - Deputty (patrol, warrants) 2012 thru 2018\n"
                + "Pratt Fencing - owner 2018 to now\n")).isEqualTo(Verdict.LE);
        // control: a surname one doubled letter from "sheriff" is not a title
        assertThat(verdict("Dana Sherriff\nJobs\nCashier, Elm Market, 2012 thru 2018\nPratt Fencing - owner 2018 to now\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_summary_line_with_its_own_years_and_retirement_is_the_career_itself() {
        assertThat(verdict("Gus Varga\nSUMMARY\nSgt., Elm City PD, 24 yrs (ret. 2015). Now selling homes to first responders.\n\n"
                + "EXPERIENCE\nSales Agent, Elm Realty, 2016-present\n")).isEqualTo(Verdict.LE);
        // control: a summary claim with no years and no retirement still needs an entry
        assertThat(verdict("Gus Varga\nSUMMARY\nSgt., Elm City PD. Now selling homes to first responders.\n\n"
                + "EXPERIENCE\nSales Agent, Elm Realty, 2016-present\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
