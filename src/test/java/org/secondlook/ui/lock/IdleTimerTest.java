package org.secondlook.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The idle timer fires once after the timeout without input, and input starts the time again. */
class IdleTimerTest {
    static final class SteppedClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void locksAfterTheIdleTimeOnceAndInputRestartsIt() {
        SteppedClock clock = new SteppedClock();
        int[] locks = {0};
        IdleTimer timer = new IdleTimer(clock, Duration.ofMinutes(10), () -> locks[0]++);
        clock.advance(Duration.ofMinutes(9));
        assertThat(timer.check()).isFalse();
        timer.touch();
        clock.advance(Duration.ofMinutes(9));
        assertThat(timer.check()).as("input 9 minutes ago").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(timer.check()).isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(timer.check()).as("fires once per idle period").isFalse();
        assertThat(locks[0]).isEqualTo(1);
        timer.touch();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timer.check()).isTrue();
        assertThat(locks[0]).isEqualTo(2);
    }

    @Test
    void theDefaultIsTenMinutes() {
        assertThat(IdleWatch.DEFAULT_TIMEOUT).isEqualTo(Duration.ofMinutes(10));
    }
}
