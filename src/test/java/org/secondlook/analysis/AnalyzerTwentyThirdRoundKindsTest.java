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
}
