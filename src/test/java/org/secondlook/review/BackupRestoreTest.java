package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.cli.Cli;
import org.secondlook.cli.CliContext;
import org.secondlook.cli.WorkstationFactory;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.cases.StatusReport;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;

/** backup and restore through the command line, on real encrypted data directories. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run cli(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliContext ctx = new CliContext(Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
                "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD)), tmp.resolve("home"),
                new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)));
        int code = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        return new Run(code, out.toString(), err.toString());
    }

    private static StatusReport status(LocalWorkstation ws) throws AuthenticationException {
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            return s.status();
        }
    }

    @Test
    void aBackupTakenWhileAnImportWritesRestoresIntoAnEmptyFolderWithAnIntactChain() throws Exception {
        Path data = tmp.resolve("data");
        LocalWorkstation ws = Fixtures.initialized(data);
        List<ApplicantRecord> rows = Fixtures.applicants(200, 11);
        CountDownLatch writing = new CountDownLatch(1);
        CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(() -> {
            try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
                return ((DatabaseBatchImport) s.imports()).importRows("batch.csv", (handler, progress) -> {
                    for (ApplicantRecord r : rows) {
                        handler.accepted(r);
                        writing.countDown();
                    }
                }, ImportProgress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
        Path backup = tmp.resolve("during.slbak");
        Run b = cli(data, "backup", "--output", backup.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(importing.get(120, TimeUnit.SECONDS).added()).isEqualTo(200);

        Path restored = tmp.resolve("restored");
        Run r = cli(restored, "restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("files = 2");
        LocalWorkstation back = Fixtures.workstation(restored);
        try (ReviewSession s = back.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(s.verifyAudit().ok()).isTrue();
            assertThat(s.status().cases()).isBetween(0L, 200L);
        }
        // Still encrypted: no applicant's name in the restored file.
        String raw = new String(Files.readAllBytes(restored.resolve("secondlook.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(rows.get(0).fullName()).doesNotContain("ERO Test Office");
    }

    @Test
    void aQuietBackupRestoresIdenticalAndADamagedOneIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        LocalWorkstation ws = Fixtures.initialized(data);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, Fixtures.applicants(50, 5));
        }
        Path backup = tmp.resolve("quiet.slbak");
        assertThat(cli(data, "backup", "--output", backup.toString()).code()).isZero();
        StatusReport before = status(ws);

        Path restored = tmp.resolve("restored");
        assertThat(cli(restored, "restore", backup.toString()).code()).isZero();
        StatusReport after = status(Fixtures.workstation(restored));
        assertThat(after.cases()).isEqualTo(50);
        assertThat(after.byState()).isEqualTo(before.byState());
        assertThat(after.byOffice()).isEqualTo(before.byOffice());

        Run notEmpty = cli(restored, "restore", backup.toString());
        assertThat(notEmpty.code()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("is not empty");

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x55;
        Path damaged = Files.write(tmp.resolve("damaged.slbak"), bytes);
        Run refused = cli(tmp.resolve("other"), "restore", damaged.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).startsWith("damaged.slbak").doesNotContain("\tat ");
        assertThat(tmp.resolve("other").toFile().list()).isNullOrEmpty();
    }
}
