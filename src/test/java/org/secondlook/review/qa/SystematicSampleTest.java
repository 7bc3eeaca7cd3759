package org.secondlook.review.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The systematic sample's rule, item by item, against a count worked out by hand. */
class SystematicSampleTest {
    @Test
    void picksEveryTenthItemFromTheRandomStart() {
        // s = 0.1, r = 0.35: floor(0.1k + 0.35) steps up at k = 7, 17, 27, …
        SystematicSample s = new SystematicSample(new BigDecimal("0.1"), new BigDecimal("0.35"));
        StringBuilder picked = new StringBuilder();
        for (long k = 1; k <= 30; k++) {
            if (s.picks(k)) {
                picked.append(k).append(' ');
            }
        }
        assertThat(picked.toString()).isEqualTo("7 17 27 ");
        assertThat(s.sampledAmong(30)).isEqualTo(3);
    }

    @Test
    void theCountStaysWithinOneOfShareTimesN() {
        for (String share : new String[] {"0.1", "0.15", "0.333", "0.05", "1", "0"}) {
            for (String start : new String[] {"0", "0.5", "0.999999999", "0.123456789"}) {
                SystematicSample s = new SystematicSample(new BigDecimal(share), new BigDecimal(start));
                long n = 0;
                for (long k = 1; k <= 1000; k++) {
                    if (s.picks(k)) {
                        n++;
                    }
                    assertThat((double) n).isCloseTo(Double.parseDouble(share) * k, org.assertj.core.api.Assertions.within(1.0));
                }
                assertThat(n).isEqualTo(s.sampledAmong(1000));
            }
        }
    }

    @Test
    void refusesAShareOrStartOutsideItsRange() {
        assertThatThrownBy(() -> new SystematicSample(new BigDecimal("1.1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SystematicSample(new BigDecimal("0.1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
