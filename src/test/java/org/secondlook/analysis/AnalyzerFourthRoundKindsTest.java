package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import org.secondlook.domain.FindingCategory;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the third held-out run (issue 12, round 5),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests,
 * not evidence of accuracy.
 */
class AnalyzerFourthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_title_after_the_names_the_office_or_its_holder() {
        assertThat(verdict("Records Specialist, Harmon Police Department, 2016 - present\n"
                + " - Prepare monthly crime statistics for the Chief of Police\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Night Escort, Westfield College Safety Office, 2021 - present\n"
                + " - Walk students home and radio the sworn campus police when needed\n")).isEqualTo(Verdict.NOT_LE);
        // "served as the Chief of Police" is the applicant's own title
        assertThat(verdict("Served as the Chief of Police of Harmon from 2010 to 2020.")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_on_a_duty_line_under_an_agency_head_is_the_holders() {
        assertThat(verdict("Ohio State Highway Patrol, 2001 - 2020\n  Academy class of 2001, posted to the Marion post.\n"
                + "  Crash reports and traffic stops on the interstate.\n  Promoted to Sergeant in 2012 and led a night shift.\n")).isEqualTo(Verdict.LE);
        // the same lines under a trucking company are not law enforcement
        assertThat(verdict("Ridgeway Freight Lines, 2001 - 2020\n  Long-haul routes on the interstate.\n  Dock safety lead.\n"
                + "  Promoted to Sergeant in 2012 and led a night shift.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void officers_worked_with_or_our_officer_are_other_people() {
        AnalysisResult fleet = analyzer.analyze("Lead Technician, City of Marden Fleet Services, 2014 - present\n"
                + " - Work directly with the Marden PD traffic sergeant on downtime scheduling\n");
        assertThat(fleet.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(fleet.findings()).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(FindingCategory.THIRD_PARTY);
            assertThat(f.text()).startsWith("Work directly with");
        });
        AnalysisResult teacher = analyzer.analyze("Science Teacher, Dorsey High School, 2012 - present\n"
                + " Co-taught a safety unit with our School Resource Officer from Dorsey PD.\n");
        assertThat(teacher.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(teacher.findings()).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(FindingCategory.THIRD_PARTY);
            assertThat(f.text()).startsWith("with our");
        });
    }

    @Test
    void software_used_by_agencies_and_news_coverage_of_agencies_are_not_service() {
        assertThat(verdict("Product Manager, Beacon Records Software, 2018 - present\n"
                + " Our records app is used by police, sheriff and campus agencies across Ohio.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Courts Reporter, Valley Gazette, 2012 - present\n"
                + " Daily coverage of Marden Police, Marden County Sheriff and the courts.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_generic_when_a_officer_is_not_the_applicant() {
        assertThat(verdict("Claims Investigator, Granite Mutual Insurance, 2015 - present\n"
                + " Testify when a deputy sheriff files charges in a fraud case.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Deputy Sheriff, Granite County Sheriff's Office, 2015 - present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_author_section_holds_characters() {
        assertThat(verdict("AUTHOR\nThe Inspector Dale Rourke books (Harbor Press), 2015 - 2024\n"
                + "  Rourke is a city police detective in Duluth.\n\nOther\n  Copy editor, Lake Herald, 2008 - 2015\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void border_patrol_and_police_department_abbreviations() {
        assertThat(verdict("2008 - 2019  BPA (GS-11), USBP, Tucson Sector - Nogales Station\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Lowell P.D.\n   Ptl., 2001 - 08\n")).isEqualTo(Verdict.LE);
        // BPA without the Border Patrol is a chemical
        assertThat(verdict("Packaging Engineer, Acme Plastics, 2012 - 2020\n Led the BPA-free bottle line.\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void own_words_patrol_service_at_an_agency() {
        assertThat(verdict("I worked the road for the Barton County Sheriff's Office from 2006 to 2016 and carried a badge.\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("I worked the road as a feed salesman for Acme Feeds from 2006 to 2016.\n")).isEqualTo(Verdict.NOT_LE);
    }
}
