package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fourteenth held-out run (set14, issue 12,
 * round 16), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerFifteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void the_signature_of_an_officer_who_forwards_someone_else_s_resume_is_the_sender_s_title() {
        String forward = "-------- Forwarded message --------\nFrom: Sgt. Lou Marino <lmarino@lakeport-example.gov>\n"
                + "Subject: Fwd: resume for the clerk opening\n\nShe asked me to pass this along for the clerk job.\n\n"
                + "Officer Lou Marino\nLakeport Police Department\n\n---\nAnna Bell\n";
        assertThat(verdict(forward + "Cashier, Corner Market, 2015 - present\n")).isNotEqualTo(Verdict.LE);
        // control: the applicant's own résumé under the same forward is still read
        assertThat(verdict(forward + "Police Officer, Harbor City Police Department, 2012 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_with_a_quoted_play_or_film_after_it_is_a_part_played() {
        assertThat(verdict("Lakeside Players, company member, 2015 - present\n"
                + "  Sheriff Ada Flynn, \"Dust Road\" ........ 2016\n"
                + "  Police Officer / Chorus, \"City Lights\" ........ 2018\n"))
                .isNotEqualTo(Verdict.LE);
        // control: a title with its agency after the comma is service
        assertThat(verdict("Police Officer, Lakeside Police Department, 2015 - 2022\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_employer_line_over_an_indented_title_is_not_one_phrase() {
        assertThat(verdict("Lakeview State University\n   Police Dispatcher (civilian), 2012 - 2016\n"
                + "   Emergency Planner, 2016 - present\n"))
                .isNotEqualTo(Verdict.LE);
        // control: an agency on its own line over an indented sworn title
        assertThat(verdict("Lakeview State University Police Department\n   Police Officer, 2012 - 2020\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_agency_a_duty_was_done_with_is_not_the_applicant_s_title() {
        assertThat(verdict("Compliance Officer, Office of Compliance, 2014 - present\n"
                + "   Prepared the annual safety report with University Police and student affairs.\n"))
                .isNotEqualTo(Verdict.LE);
        // control: service "with" the same police, after a verb of own service
        assertThat(verdict("Served eight years with University Police, 2010 - 2018, patrol and investigations.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_before_a_hyphenated_modifier_and_goods_or_before_an_academy_names_no_job() {
        assertThat(verdict("Contract Specialist (civilian), 2012 - present\n"
                + "   Bought CBP Officer body-worn cameras and radios.\n"))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("CERTIFICATIONS\n- Basic Peace Officer Academy, completed 2020; never commissioned\n\n"
                + "EMPLOYMENT\nSecurity Guard, Mercy Hospital, 2020 - present\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the title itself is still service
        assertThat(verdict("EMPLOYMENT\nPeace Officer, Mesa County Sheriff's Office, 2012 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_abbreviated_officer_beside_its_agency_and_a_misspelled_office_are_read() {
        assertThat(verdict("WORK\nCHP Ofcr., Valley Division ........ 2014 - 2019\nDriver, Pine Freight, 2019 - present\n"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("WORK\nDep., Clay Co. Sherrif's Ofice, London KY - Jan 2015 to Feb 2019 (road patrol)\n"))
                .isEqualTo(Verdict.LE);
        // control: an office alone stays an office
        assertThat(verdict("WORK\nClerk, Clay Co. Ofice of Tourism, 2015 - 2019\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void html_left_in_a_pasted_resume_is_read_as_text_and_findings_point_into_the_original() {
        String html = "<div class=\"cv\"><div class=\"cv__item\"><div class=\"cv__role\">Police Officer</div>"
                + "<div class=\"cv__org\">Harbor City Police Department</div><div class=\"cv__dates\">2011 &ndash; 2020</div></div>\n"
                + "<div class=\"cv__item\"><span>Analyst</span>, Bay Data LLC, 2020 &ndash; present</div></div>\n";
        AnalysisResult r = analyzer.analyze(html);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        AnalysisFinding le = r.findings().stream()
                .filter(f -> f.category() == org.secondlook.domain.FindingCategory.LE_EMPLOYMENT).findFirst().orElseThrow();
        assertThat(html.substring(le.start(), le.end())).isEqualTo("Police Officer");
        // control: angle brackets and ampersands that are no markup stay text ("<5 years", "P&L")
        assertThat(verdict("Store Manager <5 years>, P&L owner, Harbor Mart, 2019 - present\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("<div>Cashier</div><div>Harbor Mart, 2019 &ndash; present</div>\n")).isEqualTo(Verdict.NOT_LE);
    }
}
