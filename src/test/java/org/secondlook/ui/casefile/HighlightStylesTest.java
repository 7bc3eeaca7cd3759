package org.secondlook.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.review.cases.Span;

class HighlightStylesTest {
    @Test
    void overlappingSpansCarryBothClassesAndRunsCoverTheText() {
        // "Compliance Officer at a bank": finding 0-18, tool evidence 11-18
        List<StyleRun> runs = HighlightStyles.compute(28, List.of(
                new Span(0, 18, "NON_LE_OFFICER_TITLE", "Compliance Officer", "bank job"),
                new Span(11, 18, Span.TOOL_EVIDENCE, "Officer", "tool")));
        assertThat(runs).containsExactly(
                new StyleRun(0, 11, List.of("hl-non-le-officer-title")),
                new StyleRun(11, 18, List.of("hl-tool-evidence", "hl-non-le-officer-title")),
                new StyleRun(18, 28, List.of()));
    }

    @Test
    void spansOutsideTheTextAreClippedOrDropped() {
        List<StyleRun> runs = HighlightStyles.compute(10, List.of(
                new Span(-5, 3, "ASPIRATION", "", ""),
                new Span(8, 40, "SOMETHING_NEW", "", ""),
                new Span(50, 60, "NEGATION", "", ""),
                new Span(5, 5, "NEGATION", "", "")));
        assertThat(runs).containsExactly(
                new StyleRun(0, 3, List.of("hl-aspiration")),
                new StyleRun(3, 8, List.of()),
                new StyleRun(8, 10, List.of("hl-other")));
        assertThat(HighlightStyles.compute(0, List.of(new Span(0, 3, "NEGATION", "", "")))).isEmpty();
    }

    @Test
    void noSpansGiveOnePlainRun() {
        assertThat(HighlightStyles.compute(42, List.of())).containsExactly(new StyleRun(0, 42, List.of()));
    }
}
