package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.imports.ImportReport;

/** Two sessions importing at the same time queue up on the audit head: the chain never forks. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class ConcurrentWritersTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void twoSimultaneousImportsBothLandAndTheAuditChainStaysWhole() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        List<ApplicantRecord> all = Fixtures.applicants(2400, 17);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ReviewSession a = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD);
             ReviewSession b = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(
                    () -> importQuietly(a, all.subList(0, 1200)), pool);
            CompletableFuture<ImportReport> second = CompletableFuture.supplyAsync(
                    () -> importQuietly(b, all.subList(1200, 2400)), pool);
            assertThat(first.get().countsLine()).isEqualTo("1200 new, 0 updated, 0 unchanged, 0 rejected");
            assertThat(second.get().countsLine()).isEqualTo("1200 new, 0 updated, 0 unchanged, 0 rejected");
            AuditCheck check = ((LocalReviewSession) a).auditTrail();
            assertThat(check.ok()).as(String.valueOf(check.problem())).isTrue();
            assertThat(check.events()).isEqualTo(2 + 2400 + 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ImportReport importQuietly(ReviewSession s, List<ApplicantRecord> rows) {
        try {
            return Fixtures.importRecords(s, rows);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
