package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirtieth held-out run (set30, issue 12,
 * round 31), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerThirtiethRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private AnalysisResult result(String text) {
        return analyzer.analyze(text);
    }

    private Verdict verdict(String text) {
        return result(text).verdict();
    }

    private String explanations(String text) {
        StringBuilder all = new StringBuilder();
        for (AnalysisFinding f : analyzer.analyze(text).findings()) {
            all.append(f.explanation()).append('\n');
        }
        return all.toString();
    }

    @Test
    void a_title_written_as_a_common_noun_in_a_duty_line_is_someone_else() {
        String spokesperson = "Lee Park\nPublic Affairs Specialist, GS-1035-11\nElm County Port Authority, 2016 - present\n"
                + "Accomplishments\n- Wrote the press plan after a crash involving a Dunmore Police officer.\n"
                + "- Produced videos for the Border Patrol agent hiring campaign.\n";
        assertThat(verdict(spokesperson)).isEqualTo(Verdict.NOT_LE);
        // control: the same duty lines under a title-case police title of the applicant's own
        assertThat(verdict("Lee Park\nPolice Officer, Dunmore Police Department, 2010 - 2016\n"
                + "- Wrote the press plan after a crash involving a Dunmore Police officer.\n")).isEqualTo(Verdict.LE);
        // control: a unit named by its acronym stays the applicant's duty ("SWAT team member")
        assertThat(explanations("Lee Park\nSpecial Agent, Federal Bureau of Investigation, 2001 - 2012\n"
                + " - Principal firearms instructor; SWAT team member 2003 - 2008\n"))
                .doesNotContain("named inside a duty line");
    }

    @Test
    void a_dash_between_spaces_does_not_make_a_place_an_officer_s_qualifier() {
        assertThat(verdict("Ana Voss\nUSCP, Washington DC - Officer / PFC     03/2014 - 05/2020\n"
                + "Screening, patrol and arrests at the Capitol.\n")).isEqualTo(Verdict.LE);
        // control: a word joined to "Officer" by a plain space still names another kind of officer
        assertThat(verdict("Ana Voss\nEscrow Officer, Elm Title Company, 2014 - 2020\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_dog_handler_counts_only_at_a_law_enforcement_agency() {
        assertThat(verdict("Ray Dunn\nOfficer, 2014 - 2021\n  Patrol; K9 handler 2017 - 2021.\nDog trainer, self-employed, 2021 - present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Ray Dunn\nK9 Handler, Paws Detection Services LLC (private), 2015 - 2022\n  Explosives sweeps at concert venues.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: at a police department the handler is police
        assertThat(verdict("Ray Dunn\nK9 Handler, Elm Police Department, 2015 - 2022\n  Narcotics dog; patrol and arrests.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void the_secret_service_uniformed_division_s_own_title_is_federal_police() {
        assertThat(verdict("Jo Hart\nUniformed Division Officer, LE-0083\nU.S. Secret Service, 06/2015 - 08/2021\n"
                + "Fixed posts and vehicle patrol; arrests for unlawful entry.\n")).isEqualTo(Verdict.LE);
        // control: a civilian series at the same agency stays civilian
        assertThat(verdict("Jo Hart\nManagement Analyst, GS-0343-12\nU.S. Secret Service, 06/2015 - 08/2021\n"
                + "Budget and staffing studies.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_probation_agent_is_left_to_a_person() {
        assertThat(verdict("Mo Reed\nState Division of Parole and Probation\nParole and Probation Agent II - 2012 - present\n"
                + "  Supervise a caseload of 80; home visits.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: an insurance agent stays outside law enforcement
        assertThat(verdict("Mo Reed\nInsurance Agent, Elm Mutual, 2012 - present\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void ranks_stacked_under_an_agency_heading_all_take_the_agency() {
        AnalysisResult stacked = result("Rosa Lind\nELM POLICE DEPARTMENT\nOfc. - Patrol Division ........ 2010 - 2014\n"
                + "Sgt. - Canine Unit ........ 2014 - 2022\n  Supervised four handlers.\n");
        assertThat(stacked.verdict()).isEqualTo(Verdict.LE);
        assertThat(stacked.leMonths()).isGreaterThanOrEqualTo(140);
        AnalysisResult section = result("Rosa Lind\n\nElm County Sheriff's Office\n\n"
                + "Sergeant, Patrol Division - Elm City, 2016 - 2021\n- Shift supervisor for eight deputies.\n\n"
                + "Corporal, Warrants Unit, 2011 - 2016\n- Served felony warrants.\n");
        assertThat(section.verdict()).isEqualTo(Verdict.LE);
        assertThat(section.leMonths()).isGreaterThanOrEqualTo(110);
        // control: a named role under the heading says what the agency was to the applicant
        assertThat(verdict("Rosa Lind\nSTATE DEPARTMENT OF CORRECTIONS\nCorrectional Officer, Elm Unit, 1991 - 1996\n"
                + "Sergeant of Correctional Officers, Oak Unit, 1996 - 2003\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void an_inspector_at_an_inspector_general_s_office_evaluates_programs() {
        assertThat(verdict("Ty Moss\nInspector (Program Evaluation), GS-1801-13\n"
                + "Department of Commerce, Office of Inspector General, 2018 - present\nLead evaluations of grant programs.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // controls: the office's special agents, and a postal inspector, are sworn
        assertThat(verdict("Ty Moss\nSpecial Agent, GS-1811-13\nDepartment of Commerce, Office of Inspector General, 2018 - present\n"
                + "Criminal investigations of grant fraud; arrests and search warrants.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Ty Moss\nPostal Inspector, U.S. Postal Inspection Service, 2010 - 2020\nMail theft cases.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void joining_a_police_department_in_the_first_person_is_service() {
        AnalysisResult joined = result("Sam Lee\nABOUT ME\nI joined the Cedar Falls Police Department in 2008 and worked patrol "
                + "until 2019.\nIn 2019 I left to teach civics.\n");
        assertThat(joined.verdict()).isEqualTo(Verdict.LE);
        assertThat(explanations("Sam Lee\nI joined the Cedar Falls Police Department in 2008 and worked patrol.\n"))
                .contains("own account of joining a law-enforcement agency");
        // controls: a civilian role, a club after the agency's name, and someone else's joining
        assertThat(verdict("Sam Lee\nI joined the Cedar Falls Police Department in 2008 as a records clerk.\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Sam Lee\nI joined the Police Athletic League in 2008 and coached boxing.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Sam Lee\nMy father joined the Cedar Falls Police Department in 1970.\n")).isEqualTo(Verdict.NOT_LE);
    }
}
