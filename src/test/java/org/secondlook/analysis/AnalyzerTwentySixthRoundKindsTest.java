package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-fifth held-out run (set25, issue 12,
 * round 27), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentySixthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_title_split_at_a_hyphen_and_a_space_by_a_converter_is_read_whole() {
        assertThat(verdict("Sam Reed\nWORK\nElm River Police Department \u2014 Pa- trol Of\uFB01cer\n2012-2019\n"
                + " enforced state law; arrests, traffic stops\nElm Grain Co-op \u2014 Driver   2019-present\n"))
                .isEqualTo(Verdict.LE);
        // control: a hyphen and a space that part two words stay parted ("full- and part-time")
        assertThat(verdict("Sam Reed\nWORK\nElm River Grain Co-op \u2014 full- and part-time Driver\n2012-2019\n"
                + " hauled grain; kept the trucks\n")).isEqualTo(Verdict.NOT_LE);
        TextNormalizer normalizer = new TextNormalizer(new Lexicons(Policy.defaults()).vocab);
        NormalizedText norm = normalizer.normalize("Pa- trol; non- sworn");
        assertThat(new String(norm.chars, 0, norm.length)).isEqualTo("patrol; non- sworn");
        assertThat(norm.originalStart(2)).isEqualTo(4); // "t" of "trol" maps back past the hyphen and the space
    }

    @Test
    void a_commonwealth_force_and_its_inspector_of_police_are_foreign() {
        assertThat(verdict("Lee Wong\nELM TRUST BANK, Honolulu\n  Loan Officer, 2001-2020\n\n"
                + "HONG KONG POLICE FORCE, Kowloon\n  Station Sergeant to Inspector of Police, 1984-2000. Beat and crime duties.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: an inspector of a police department in Hawaii
        assertThat(verdict("Lee Wong\nELM TRUST BANK, Honolulu\n  Loan Officer, 2001-2020\n\n"
                + "ELM CITY POLICE DEPARTMENT, Honolulu, Hawaii\n  Sergeant to Police Inspector, 1984-2000. Patrol and crime duties.\n"))
                .isEqualTo(Verdict.LE);
    }
}
