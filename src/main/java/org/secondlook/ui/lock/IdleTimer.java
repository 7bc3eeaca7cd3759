package org.secondlook.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Idle detection without the toolkit: {@link #touch()} on every user input, {@link #check()} on a
 * tick; after {@code timeout} without input it calls {@code onIdle} once, and again only after new
 * input. Time comes from a {@link Clock}, so tests need no waiting.
 */
public final class IdleTimer {
    private final Clock clock;
    private final Duration timeout;
    private final Runnable onIdle;
    private Instant lastInput;
    private boolean fired;

    public IdleTimer(Clock clock, Duration timeout, Runnable onIdle) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The idle time must be positive.");
        }
        this.clock = clock;
        this.timeout = timeout;
        this.onIdle = onIdle;
        this.lastInput = clock.instant();
    }

    /** User input: the idle time starts again. */
    public void touch() {
        lastInput = clock.instant();
        fired = false;
    }

    /** Calls {@code onIdle} when the timeout has passed since the last input (once per idle period). */
    public boolean check() {
        if (!fired && !clock.instant().isBefore(lastInput.plus(timeout))) {
            fired = true;
            onIdle.run();
            return true;
        }
        return false;
    }

    public Duration timeout() {
        return timeout;
    }
}
