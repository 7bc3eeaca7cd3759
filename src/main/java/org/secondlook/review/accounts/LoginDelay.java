package org.secondlook.review.accounts;

import java.time.Duration;

/**
 * The pause after a failed login, growing with the failures counted in the account's key slot
 * since its last successful login: base, 2×, 4×, … up to a cap. The count lives in the slot file,
 * so the delay keeps growing across processes and restarts.
 */
public final class LoginDelay {
    /** Waits; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Duration base;
    private final Duration max;
    private final Sleeper sleeper;

    public LoginDelay(Duration base, Duration max, Sleeper sleeper) {
        this.base = base;
        this.max = max;
        this.sleeper = sleeper;
    }

    /** Real sleeping: base doubling per failure, at most 30 s. */
    public static LoginDelay growing(Duration base) {
        return new LoginDelay(base, Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()));
    }

    /** The pause after the {@code failures}-th consecutive failure (1 for the first). */
    public Duration after(int failures) {
        int n = Math.max(1, failures);
        Duration d = base.multipliedBy(1L << Math.min(n - 1, 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    public void pause(int failures) {
        try {
            sleeper.sleep(after(failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
