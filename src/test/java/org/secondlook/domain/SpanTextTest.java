package org.secondlook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a span shows on the Evidence sheet, and which texts a finding or evidence row keeps. */
class SpanTextTest {
    @Test
    void aSpanShowsItsCharactersClampedToTheText() {
        assertThat(SpanText.cut("Patrol officer", 7, 14)).isEqualTo("officer");
        assertThat(SpanText.cut("Patrol officer", 7, 99)).isEqualTo("officer");
        assertThat(SpanText.cut("Patrol officer", 99, 120)).isEmpty();
        assertThat(SpanText.cut("Patrol officer", -3, 6)).isEqualTo("Patrol");
    }

    @Test
    void aRowKeepsTheTextUpToTheColumnsLengthAndNoLonger() {
        String text = "a".repeat(SpanText.MAX_KEPT + 1);
        assertThat(SpanText.kept(text, 0, SpanText.MAX_KEPT)).hasSize(SpanText.MAX_KEPT);
        assertThat(SpanText.kept(text, 0, SpanText.MAX_KEPT + 1)).isNull();
    }

    @Test
    void aSpanThatCutsASurrogatePairInTwoKeepsNoTextSoTheResumeGivesTheExactHalf() {
        String text = "badge \uD83D\uDC6E officer"; // a police officer emoji: two UTF-16 units
        assertThat(SpanText.kept(text, 0, 7)).isNull();
        assertThat(SpanText.kept(text, 7, 16)).isNull();
        assertThat(SpanText.kept(text, 6, 8)).isEqualTo("\uD83D\uDC6E");
        assertThat(SpanText.cut(text, 0, 7)).isEqualTo("badge \uD83D");
    }
}
