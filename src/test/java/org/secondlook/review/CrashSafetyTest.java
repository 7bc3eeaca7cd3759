package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.store.CrashChecks;
import org.secondlook.testing.ChildJvm;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;

/** A kill -9 in the middle of an import leaves whole rows only, and a re-import completes the rest. */
class CrashSafetyTest {
    private static final int ROWS = 8000;

    @TempDir
    Path dir;

    @Test
    void killingAnImportMidwayKeepsEveryCommittedRowWholeAndAReimportCompletesTheRest() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        Path out = dir.resolve("child.out");
        Process child = ChildJvm.start(dir.resolve("child-logs"), out, CrashImportChild.class, dir.toString(),
                String.valueOf(ROWS));
        long committedBeforeKill;
        try {
            awaitOutput(child, out, "importing");
            // The child holds the database; this session reaches it through H2's AUTO_SERVER.
            try (ReviewSession watcher = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
                Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
                long seen = 0;
                while (seen < 1000 && child.isAlive() && Instant.now().isBefore(deadline)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                    seen = watcher.cases().stats().total();
                }
                assertThat(seen).as("rows committed by the child before the kill").isGreaterThanOrEqualTo(1000);
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            } catch (RuntimeException connectionLostWithTheChild) {
                // closing a client session whose server was killed may fail; the file is what matters
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            CrashChecks.Counts c = s.crashChecks();
            committedBeforeKill = c.applicants();
            assertThat(committedBeforeKill).isGreaterThanOrEqualTo(1000L).isLessThan(ROWS);
            assertThat(c.versions()).isEqualTo(c.applicants());
            assertThat(c.flags()).isEqualTo(c.applicants());
            assertThat(c.applicantsWithoutCurrentVersionOrFlag()).isZero();
            assertThat(c.addedEvents()).isEqualTo(c.applicants());
            assertThat(s.auditTrail().ok()).isTrue();
            assertThat(s.status().lastImports().get(0).finishedAt()).as("the killed import never finished").isNull();

            ImportReport rest = ((DatabaseBatchImport) s.imports()).importRows("big.csv",
                    CrashImportChild.generated(ROWS), ImportProgress.NONE);
            assertThat(rest.added()).isEqualTo(ROWS - (int) committedBeforeKill);
            assertThat(rest.unchanged()).isEqualTo((int) committedBeforeKill);
            assertThat(s.cases().stats().total()).isEqualTo(ROWS);
            assertThat(s.auditTrail().ok()).isTrue();
        }
    }

    private static void awaitOutput(Process child, Path out, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(out) && Files.readString(out).contains(text)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child ended early: " + Files.readString(out));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        throw new AssertionError("the child did not start importing: " + Files.readString(out));
    }
}
