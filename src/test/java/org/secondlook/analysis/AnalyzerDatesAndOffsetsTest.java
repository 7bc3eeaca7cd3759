package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AnalyzerDatesAndOffsetsTest {
    /** The shipped policy with no minimum service, so that short ranges still show their months here. */
    private final Analyzer analyzer = noMinimum().withReferenceMonth(YearMonth.of(2020, 12));

    private static Analyzer noMinimum() {
        try (java.io.InputStream in = Analyzer.class.getResourceAsStream("/analysis/policy.json")) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceFirst("\"minimumMonths\": *\\d+", "\"minimumMonths\": 0");
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("policy");
            java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("policy.json"), json);
            Analyzer a = Analyzer.withPolicy(file);
            java.nio.file.Files.delete(file);
            java.nio.file.Files.delete(dir);
            return a;
        } catch (java.io.IOException | PolicyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Integer months(String text) {
        AnalysisResult r = analyzer.analyze(text);
        assertThat(r.verdict()).as(text).isEqualTo(Verdict.LE);
        return r.leMonths();
    }

    @Test
    void dateFormsBecomeMonths() {
        assertThat(months("Police Officer Jan 2015 – Present")).isEqualTo(72);
        assertThat(months("Police Officer\nJanuary 2015 to March 2019")).isEqualTo(51);
        assertThat(months("Deputy Sheriff 2012-2019")).isEqualTo(84);
        assertThat(months("State Trooper 03/2010 to 06/2014")).isEqualTo(52);
        assertThat(months("Police Officer, Summer 2018")).isEqualTo(3);
        assertThat(months("Detective with 5 years on the force")).isEqualTo(60);
        assertThat(months("Patrol Officer July 2011 to November 2012")).isEqualTo(17);
        assertThat(months("Police Officer 03/15/2010 - 06/30/2014")).isEqualTo(52);
    }

    @Test
    void datesOnTheLineBelowTheTitleCount() {
        assertThat(months("EXPERIENCE\nPolice Officer — Springfield PD\nSept 2016 - Present\nPatrolled downtown.")).isEqualTo(52);
    }

    @Test
    void overlappingRangesAreCountedOnce() {
        String text = "Police Officer 2010 - 2015\nDetective 2014 - 2016\n";
        assertThat(months(text)).isEqualTo(72);
    }

    @Test
    void noDatesMeansNullMonthsButStillLe() {
        AnalysisResult r = analyzer.analyze("Police Officer at Springfield PD");
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        assertThat(r.leMonths()).isNull();
        assertThat(analyzer.analyze("Loan Officer 2010-2019").leMonths()).isNull();
    }

    @Test
    void offsetsPointIntoTheOriginalAfterFolding() {
        String text = "\uFEFFＥｘｐｅｒｉｅｎｃｅ\r\n\u2022 Senior\u00A0Police O\uFB03cer\u200B? no: Police Of\u00ADficer — Dallas “PD”\r\n"
                + "Compli-\nance Officer at a bank\n\uD83D\uDE93 Deputy Sheriff 2019–2020";
        AnalysisResult r = analyzer.analyze(text);
        assertThat(r.findings()).isNotEmpty();
        for (AnalysisFinding f : r.findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("Police Of\u00ADficer");
            assertThat(f.category()).isEqualTo(FindingCategory.LE_EMPLOYMENT);
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("Compli-\nance Officer");
            assertThat(f.category()).isEqualTo(FindingCategory.NON_LE_OFFICER_TITLE);
        });
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.text()).isEqualTo("Deputy Sheriff"));
    }
}
