package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-second held-out run (set22, issue 12,
 * round 24), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyThirdRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void the_fields_of_a_yaml_list_item_are_one_entry_and_their_quotes_delimit_values() {
        assertThat(verdict("name: Jo Marsh\njobs:\n  - title: \"Officer\"\n    employer: \"Elm Falls Police Department\"\n"
                + "    from: 2012\n    to: 2019\n  - title: \"Claims Adjuster\"\n    employer: \"Elm Mutual\"\n")).isEqualTo(Verdict.LE);
        // control: the same record at a civilian title
        assertThat(verdict("name: Jo Marsh\njobs:\n  - title: \"Records Clerk\"\n    employer: \"Elm Falls Police Department\"\n"
                + "    from: 2012\n    to: 2019\n")).isNotEqualTo(Verdict.LE);
        // control: a quoted award in running prose stays a quotation
        assertThat(verdict("Jo Marsh\nClaims adjuster, Elm Mutual, 2012-2019. Named \"Officer of the Month\" by the Elm Falls"
                + " Police Department's citizen academy.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_cadet_or_recruit_named_by_the_word_after_a_sworn_title_is_not_yet_sworn() {
        assertThat(verdict("Jo Marsh\nElm State Patrol - Trooper Recruit, academy class 14, 2021\n  Left the academy after a month.\n"
                + "Elm Mutual - Claims Adjuster, 2021 - present\n")).isNotEqualTo(Verdict.LE);
        // control: the sworn title itself, with years of service
        assertThat(verdict("Jo Marsh\nElm State Patrol - Trooper, 2012 - 2020\n  Highway patrol, crash investigation.\n"
                + "Elm Mutual - Claims Adjuster, 2021 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_offer_refused_in_the_next_sentence_is_a_road_not_taken() {
        assertThat(verdict("Jo Marsh\nClaims Adjuster, Elm Mutual, 2016 - present\n\nIn 2015 the Town of Elm Falls made me an offer"
                + " as a Deputy Marshal. I turned it down to stay in insurance.\n")).isNotEqualTo(Verdict.LE);
        // control: an offer accepted and served
        assertThat(verdict("Jo Marsh\nIn 2008 the Town of Elm Falls made me an offer as a Deputy Marshal. I served there until"
                + " 2015, then moved into insurance.\nClaims Adjuster, Elm Mutual, 2016 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_application_that_ended_before_hire_is_not_service() {
        assertThat(verdict("Jo Marsh\nIn 2020 I applied to be a deputy sheriff with the Elm County Sheriff's Office and"
                + " did not pass the background check.\nClaims Adjuster, Elm Mutual, 2021 - present\n")).isNotEqualTo(Verdict.LE);
        // control: a hire after the application
        assertThat(verdict("Jo Marsh\nDeputy Sheriff, Elm County Sheriff's Office, 2012 - 2020\n  Patrol, warrants, court security.\n"
                + "Claims Adjuster, Elm Mutual, 2021 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_compound_count_in_words_is_read_whole() {
        AnalysisResult longStint = analyzer.analyze("Jo Marsh\nI was a sworn deputy with the Elm County Sheriff's Office for"
                + " thirty-one months, then moved away.\n");
        assertThat(longStint.verdict()).isEqualTo(Verdict.LE);
        assertThat(longStint.leMonths()).isEqualTo(31);
        assertThat(analyzer.analyze("Jo Marsh\nI served twenty four years as a sworn deputy with the Elm County Sheriff's Office,"
                + " then retired.\n").leMonths()).isEqualTo(288);
        // control: a short stint in words stays under the minimum
        assertThat(verdict("Jo Marsh\nI was a sworn deputy with the Elm County Sheriff's Office for eleven months, then moved"
                + " away.\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_title_inside_a_publication_record_or_a_note_field_of_a_bibtex_style_resume_is_not_held() {
        assertThat(verdict("@person{jm, name = {Jo Marsh}}\n@job{a, title = {Analyst}, org = {Elm Mutual}, years = {2015--present}}\n"
                + "@article{p1, author = {Marsh, J.}, title = {Night Shifts and Officer Fatigue},"
                + " journal = {Journal of Police Studies}, year = {2020}}\n"))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("@person{jm, name = {Jo Marsh}}\n@job{a,\n  title = {Claims Adjuster},\n  org = {Elm Mutual},\n"
                + "  years = {2015--present},\n  note = {subpoena replies for police and sheriff}\n}\n")).isNotEqualTo(Verdict.LE);
        // control: the record of a job held at a law-enforcement agency
        assertThat(verdict("@person{jm, name = {Jo Marsh}}\n@job{a,\n  title = {Trooper},\n  org = {Elm State Highway Patrol},\n"
                + "  years = {2009--2017},\n  note = {crash reconstruction}\n}\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_total_stated_in_all_under_a_list_of_seasons_is_the_length_of_service() {
        assertThat(verdict("Jo Marsh\nSummer Deputy Sheriff (sworn), Elm County Sheriff's Office\n"
                + "  Beach season only, 2016, 2017 and 2018 (eight months in total)\n  Boardwalk patrol.\n"
                + "Claims Adjuster, Elm Mutual, 2019 - present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the same list of seasons with a total over the minimum
        assertThat(verdict("Jo Marsh\nSummer Deputy Sheriff (sworn), Elm County Sheriff's Office\n"
                + "  Beach season only, 2014 to 2018 (fifteen months in total)\n  Boardwalk patrol.\n"
                + "Claims Adjuster, Elm Mutual, 2019 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_sworn_title_in_the_details_of_an_entry_headed_by_an_agency_and_its_unit_is_the_applicants_own() {
        assertThat(verdict("Jo Marsh\n\nElm Falls Police Department ........ 2010 - 2017\n  - Traffic Unit; motorcycle patrol officer,"
                + " crash reconstruction; state certified, sworn\n\nClaims Adjuster, Elm Mutual ........ 2017 - present\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("Jo Marsh\n\nElm County Sheriff's Office\nWarrants Unit - 2012 to 2019\n  Investigator. Fugitive"
                + " cases, extraditions, court orders.\n\nClaims Adjuster, Elm Mutual, 2019 - present\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Jo Marsh\n\nElm Falls Police Department ........ 2010 - 2017\n  - North district; corporal on night"
                + " shift for three years; state certified, sworn\n\nClaims Adjuster, Elm Mutual ........ 2017 - present\n"))
                .isEqualTo(Verdict.LE);
        // control: the same head over a detail line that names an officer the applicant worked beside
        assertThat(verdict("Jo Marsh\n\nElm Falls Police Department ........ 2010 - 2017\n  - Records Unit: report intake;"
                + " helped the patrol officer on duty with walk-in reports\n\nClaims Adjuster, Elm Mutual ........ 2017 - present\n"))
                .isNotEqualTo(Verdict.LE);
    }

    @Test
    void an_org_mode_heading_over_a_property_drawer_is_an_entry_with_its_agency() {
        assertThat(verdict("#+TITLE: Jo Marsh\n* Work\n** Sergeant                      :2010--2018:\n   :PROPERTIES:\n"
                + "   :EMPLOYER: Elm Falls Police Department\n   :END:\n   - burglary cases\n"
                + "** Claims Adjuster               :2018--now:\n")).isEqualTo(Verdict.LE);
        // control: the same heading at a civilian title
        assertThat(verdict("#+TITLE: Jo Marsh\n* Work\n** Records Clerk                 :2010--2018:\n   :PROPERTIES:\n"
                + "   :EMPLOYER: Elm Falls Police Department\n   :END:\n   - warrant files\n"
                + "** Claims Adjuster               :2018--now:\n")).isNotEqualTo(Verdict.LE);
    }
}
