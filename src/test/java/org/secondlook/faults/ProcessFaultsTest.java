package org.secondlook.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.Fixtures;

/** A read-only data directory, and password guessing from several processes at once. */
class ProcessFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyDataDirectoryIsOneSentenceWithExitSixAndNoLoggingNoise() throws Exception {
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        Child child = new Child(dir.resolve("systmp"), Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
                "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD)));
        Runnable undo = Folders.readOnly(data);
        Child.Ran r;
        try {
            r = child.run("--data-dir", data.toString(), "status");
        } finally {
            undo.run();
        }
        assertThat(r.code()).as(r.output()).isEqualTo(6);
        List<String> lines = r.output().strip().lines().toList();
        assertThat(lines).as(r.output()).containsExactly(
                "The log folder " + data.resolve("logs") + " cannot be written: this run keeps no log.",
                "The folder " + data + " is read-only: make it writable for this account (or choose another folder)"
                        + " and run the command again.");
    }

    @Test
    void fiveProcessesGuessingAtOnceAreNoFasterThanFiveGuessesInARow() throws Exception {
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        Child child = new Child(dir.resolve("systmp"), Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
                "SECONDLOOK_PASSWORD", "a wrong guess at the password"));
        List<Process> guesses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            guesses.add(child.start(dir.resolve("guess-" + i + ".out"), "--data-dir", data.toString(), "status"));
        }
        for (Process p : guesses) {
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        // The production delay after the n-th failure is 1 s × 2^(n-1): in a row, 1 + 2 + 4 + 8 + 16 = 31 s;
        // at once without a lock, all five would be done in about 16 s plus start-up.
        assertThat(seconds).as("five parallel wrong guesses wait for each other's delay").isGreaterThanOrEqualTo(30);
    }
}
