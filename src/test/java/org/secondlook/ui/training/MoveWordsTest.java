package org.secondlook.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timeline shows the words a person reads for the codes a move's detail was stored with. */
class MoveWordsTest {
    @Test
    void storedCodesAreToldInWords() {
        assertThat(MoveWords.of("decision 3 signed off: training record ENROL made (tool said NON_LEO, status SELECTED;"
                + " could take the LEO program)"))
                .isEqualTo("decision 3 signed off: training record Enroll made (tool said Not LEO, status Selected;"
                        + " could take the LEO program)");
        assertThat(MoveWords.of("waiver approved: EQUIVALENT_TRAINING, authority: memo 12"))
                .isEqualTo("waiver approved: Equivalent training elsewhere, authority: memo 12");
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(MoveWords.of("certificate FLETC-2026.pdf attached, SHA-256 AB12")).isEqualTo(
                "certificate FLETC-2026.pdf attached, SHA-256 AB12");
        assertThat(MoveWords.of(null)).isEmpty();
    }
}
