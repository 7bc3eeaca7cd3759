package org.secondlook.review.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Percent agreement and Cohen's kappa against examples worked by hand. */
class AgreementTest {
    /** Adds {@code n} items on which the raters answered {@code a} and {@code b}. */
    private static void add(List<String> first, List<String> second, int n, String a, String b) {
        first.addAll(Collections.nCopies(n, a));
        second.addAll(Collections.nCopies(n, b));
    }

    @Test
    void kappaMatchesTheHandWorkedTwoByTwoExample() {
        // 50 reviews: both LEO 20, first LEO / second ACADEMY 5, first ACADEMY / second LEO 10, both ACADEMY 15.
        // p_o = 35/50 = 0.70; first says LEO 25/50 = 0.5, second 30/50 = 0.6;
        // p_e = 0.5*0.6 + 0.5*0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, 20, "LEO", "LEO");
        add(first, second, 5, "LEO", "ACADEMY");
        add(first, second, 10, "ACADEMY", "LEO");
        add(first, second, 15, "ACADEMY", "ACADEMY");
        Agreement a = Agreement.of("all", first, second);
        assertThat(a.items()).isEqualTo(50);
        assertThat(a.agreed()).isEqualTo(35);
        assertThat(a.share()).isCloseTo(0.70, within(1e-12));
        assertThat(a.kappa()).isCloseTo(0.40, within(1e-12));
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aSmallSampleAndADominantAnswerAreFlagged() {
        // 10 reviews: both LEO 9, first LEO / second ACADEMY 1. p_o = 0.9; first LEO 1.0, second LEO 0.9;
        // p_e = 1.0*0.9 + 0*0.1 = 0.9; kappa = (0.9 - 0.9) / 0.1 = 0. LEO is 19 of 20 answers (95 %).
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, 9, "LEO", "LEO");
        add(first, second, 1, "LEO", "ACADEMY");
        Agreement a = Agreement.of("rita+rob", first, second);
        assertThat(a.share()).isCloseTo(0.9, within(1e-12));
        assertThat(a.kappa()).isCloseTo(0.0, within(1e-12));
        assertThat(a.warnings()).containsExactly("small sample: 10 reviews (under 30)",
                "one answer dominates: LEO in 95 % of answers");
    }

    @Test
    void kappaIsUndefinedWhenEveryAnswerIsTheSameAndWithNoReview() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, 40, "ACADEMY", "ACADEMY");
        Agreement same = Agreement.of("all", first, second);
        assertThat(same.share()).isEqualTo(1.0);
        assertThat(same.kappa()).isNull();
        Agreement none = Agreement.of("all", List.of(), List.of());
        assertThat(none.share()).isNull();
        assertThat(none.kappa()).isNull();
    }

    @Test
    void perfectDisagreementGivesANegativeKappa() {
        // 40 reviews, first LEO / second ACADEMY 20, first ACADEMY / second LEO 20: p_o = 0, p_e = 0.5, kappa = -1.
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, 20, "LEO", "ACADEMY");
        add(first, second, 20, "ACADEMY", "LEO");
        assertThat(Agreement.of("all", first, second).kappa()).isCloseTo(-1.0, within(1e-12));
    }
}
