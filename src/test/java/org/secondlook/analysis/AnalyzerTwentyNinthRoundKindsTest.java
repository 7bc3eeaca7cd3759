package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-ninth held-out run (set29, issue 12,
 * round 30), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyNinthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    private String explanations(String text) {
        StringBuilder all = new StringBuilder();
        for (AnalysisFinding f : analyzer.analyze(text).findings()) {
            all.append(f.explanation()).append('\n');
        }
        return all.toString();
    }

    @Test
    void an_explanation_puts_an_before_a_vowel_sound() {
        String armed = explanations("Experience\nArmed Security Officer, Allied Universal\n2015 - 2019\n");
        assertThat(armed).contains("is an armed security role").doesNotContain("a armed");
        // control: a consonant keeps "a"
        assertThat(explanations("Experience\nMilitary Police\n2015 - 2019\n")).contains("is a military police role");
        assertThat(Explanations.startsWithVowelSound("uniformed")).isFalse();
        assertThat(Explanations.startsWithVowelSound("immigration")).isTrue();
    }
}
