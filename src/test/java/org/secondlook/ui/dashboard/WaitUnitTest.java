package org.secondlook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The waiting chart draws in a unit its bars can be seen in; the figures stay in hours elsewhere. */
class WaitUnitTest {
    @Test
    void waitsOfAnHourOrMoreAreDrawnInHours() {
        WaitUnit unit = WaitUnit.of(List.of(0.2, 30.0));
        assertThat(unit).isEqualTo(WaitUnit.HOURS);
        assertThat(unit.from(30.0)).isEqualTo(30.0);
    }

    @Test
    void waitsUnderAnHourAreDrawnInMinutes() {
        WaitUnit unit = WaitUnit.of(List.of(0.1, 0.5));
        assertThat(unit).isEqualTo(WaitUnit.MINUTES);
        assertThat(unit.from(0.5)).isEqualTo(30.0);
    }

    @Test
    void waitsUnderAMinuteAreDrawnInSeconds() {
        WaitUnit unit = WaitUnit.of(List.of(0.001, 0.005));
        assertThat(unit).isEqualTo(WaitUnit.SECONDS);
        assertThat(unit.from(0.005)).isEqualTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noWaitsOrOnlyZeroWaitsStayInHours() {
        assertThat(WaitUnit.of(List.of())).isEqualTo(WaitUnit.HOURS);
        assertThat(WaitUnit.of(List.of(0.0, 0.0))).isEqualTo(WaitUnit.HOURS);
    }
}
