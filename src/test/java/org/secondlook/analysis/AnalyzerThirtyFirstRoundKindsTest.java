package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-first and thirty-second held-out runs (set31 and
 * set32, issue 12, round 32), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerThirtyFirstRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private AnalysisResult result(String text) {
        return analyzer.analyze(text);
    }

    private Verdict verdict(String text) {
        return result(text).verdict();
    }

    @Test
    void a_police_academy_graduate_never_hired_is_left_to_a_person() {
        AnalysisResult graduate = result("Dee Marsh\nElm Valley College Regional Police Academy - graduated June 2023 (self-sponsored)\n"
                + "Shift Lead, Corner Cafe, 2019 - present\n");
        assertThat(graduate.verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(graduate.findings()).anyMatch(f -> f.category() == FindingCategory.POLICY_DEPENDENT_ROLE
                && f.explanation().contains("leaves academy graduates to a reviewer"));
        // controls: a citizens' academy, a plan to apply, an academy left before graduation, a ride-along
        assertThat(verdict("Dee Marsh\nGraduated from the Elm Citizens Police Academy, 2021\nShift Lead, Corner Cafe\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Dee Marsh\nGOAL: apply to the state law enforcement academy after graduation.\nShift Lead, Corner Cafe\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Dee Marsh\nAttended the basic law enforcement academy; resigned before graduation.\nShift Lead, Corner Cafe\n"))
                .isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Dee Marsh\nCompleted a police academy\n  ride-along with Elm PD (8 hours)\nShift Lead, Corner Cafe\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void an_officer_not_yet_hired_is_not_one() {
        assertThat(verdict("Dee Marsh\nCashier, Dollar Mart, 2017 - present\n"
                + "I have not been hired as an officer by any department yet. Applied to Elm PD and Oak County SO.\n"))
                .isNotEqualTo(Verdict.LE);
        // control: an officer hired by the department is one
        assertThat(verdict("Dee Marsh\nOfficer, Elm PD, 2017 - 2023\n  Patrol and arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_career_denied_outright_is_not_called_law_enforcement() {
        String actor = "Cal Brandt\nACTOR\nSELECTED FILM\n\"The Quiet Beat\" (Short) ........ Police Officer (lead) 2015\n"
                + "OTHER WORK\nBartender, The Fig Tree, 2010 - 2016\n"
                + "NOTE: every police title above is a part I played; I have never worked in law enforcement.\n";
        assertThat(verdict(actor)).isNotEqualTo(Verdict.LE);
        // control: a denial of one post keeps the sworn post beside it
        assertThat(verdict("Cal Brandt\nPark Ranger (law enforcement commission), National Park Service, 2012 - 2020\n"
                + "Not an interpretive ranger - a commissioned law enforcement ranger.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_british_detective_constable_is_police_abroad() {
        assertThat(verdict("Ollie Rhys\nDetective Constable - Elmshire Police, Leeds District CID, UK     2006-2014\n"
                + "Corporate Investigator - Elm Life Co., Durham, NC     2014-2020\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a US detective stays police
        assertThat(verdict("Ollie Rhys\nDetective - Elm Police Department, Elm, OH     2006-2014\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_in_a_training_line_names_the_course() {
        assertThat(verdict("Ellie Chase\nLead Auditor, Office of Audit, 2015 - present\n"
                + "TRAINING\nInspector General Criminal Investigator Academy - coordination seminar (3 days, 2017)\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a dated post listed beside the trainings stays a post
        assertThat(verdict("Ellie Chase\nTRAINING\nCriminal Investigator, Elm County District Attorney's Office, 2010 - 2018\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_before_another_person_s_name_is_someone_else() {
        assertThat(verdict("Cal Brandt\nBartender, The Fig Tree, 2010 - 2016\n\n"
                + "Workshop on police procedure for actors, Ret. LAPD Sgt. M. Ybarra (2018)\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own surname after the rank is the applicant
        assertThat(verdict("Ruben Espinoza\nBakersfield, CA\n\n2006-2014   Dep. R. Espinoza #2291, Kern County Sheriff's Office - patrol\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_office_named_beside_an_agency_is_one_the_applicant_calls() {
        assertThat(verdict("Ana Ferraz\nMonitoring Center Operator II - Elm Alarm Central Station, 2017 - present\n"
                + "Handle burglary signals; call the local PD or sheriff and relay information to responding officers.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a deputy sheriff's own title stays a post
        assertThat(verdict("Ana Ferraz\nDeputy Sheriff, Elm County Sheriff's Office, 2012 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_grade_written_first_class_is_not_a_course() {
        assertThat(verdict("Isa Cordero\nU.S. COAST GUARD - Boatswain's Mate First Class (BM1), Boarding Officer\n"
                + "Station Elm Beach - 2010-2020\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a class taken is still study
        assertThat(verdict("Isa Cordero\nClass: Introduction to Policing, Elm College, 2019\nCashier, Elm Mart, 2019 - present\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_unit_s_quoted_letter_is_not_the_title_of_a_work() {
        assertThat(verdict("Nav Sandhu\nConstable - Royal Canadian Mounted Police, \"E\" Division (British Columbia, Canada) - 2012-2020\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a part in a quoted play is still a part
        assertThat(verdict("Nav Sandhu\nOfficer Krupke, \"West Side Story\", Elm Community Theater, 2015\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_phrase_never_runs_across_a_blank_line() {
        AnalysisResult r = result("Rosa Lind\n\nUnited States Secret Service\n\nSpecial Agent, Protective Division, 2016 - 2021\n");
        assertThat(r.findings()).noneMatch(f -> f.text().contains("\n\n"));
        // control: a title wrapped onto the next line is still read whole
        assertThat(verdict("Rosa Lind\nExperience\nDeputy\nSheriff, Elm County, 2010 - 2020\n")).isEqualTo(Verdict.LE);
    }
}
