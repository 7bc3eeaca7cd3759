package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lines read case by case come out sorted within each case, the cases in the order they came. */
class CaseRunsTest {
    private record Line(String applicant, int start, String tag) {
    }

    @Test
    void eachCaseIsSortedOnItsOwnAndTheCasesKeepTheirOrder() {
        List<Line> in = List.of(new Line("B", 9, "b9"), new Line("B", 2, "b2"), new Line("A", 5, "a5"),
                new Line("A", 1, "a1-first"), new Line("A", 1, "a1-second"), new Line("C", 0, "c0"));
        List<String> out = CaseRuns.sorted(in.stream(), Line::applicant, Comparator.comparingInt(Line::start))
                .map(Line::tag).toList();
        assertThat(out).containsExactly("b2", "b9", "a1-first", "a1-second", "a5", "c0");
    }

    @Test
    void anEmptyStreamStaysEmptyAndClosingClosesTheSource() {
        AtomicBoolean closed = new AtomicBoolean();
        try (Stream<Line> s = CaseRuns.sorted(Stream.<Line>empty().onClose(() -> closed.set(true)), Line::applicant,
                Comparator.comparingInt(Line::start))) {
            assertThat(s.toList()).isEmpty();
        }
        assertThat(closed).isTrue();
    }
}
