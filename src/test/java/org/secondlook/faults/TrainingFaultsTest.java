package org.secondlook.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.cli.BenchTrainingCommand;
import org.secondlook.review.Fixtures;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import org.secondlook.store.FileKey;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeySlotFile;
import org.secondlook.store.KeyWrapping;
import org.secondlook.store.RemediationSeed;

/**
 * Faults during the training writers, each in a child JVM running the real command line: a full disk and
 * kill -9 during an academy roster import, its report into a read-only folder, and a certificate attached
 * to a read-only data directory or onto a full disk.
 */
class TrainingFaultsTest {
    /** Rows per transaction of a roster import (RosterImport.CHUNK): what a crash keeps or loses whole. */
    private static final int CHUNK = 1000;
    private static final Map<String, String> ENV = Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
            "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD));

    @TempDir
    Path dir;

    /** The command line in this JVM (steps that are not under test): its stdout; a non-zero exit fails the test. */
    private String cli(Path dataDir, String... args) {
        return InProcessCli.run(ENV, dir.resolve("home"), dataDir, args)[0];
    }

    private Child child() throws IOException {
        return new Child(dir.resolve("systmp"), ENV);
    }

    /**
     * An office whose {@code records} applicants (B0000001, …) are signed off to the academy with their training
     * record IDENTIFIED, written in bulk (the review flow for each would take minutes).
     */
    private static Path office(Path data, int records) throws Exception {
        Fixtures.initialized(data);
        DataDirectory d = new DataDirectory(data);
        KeySlot slot = new KeySlotFile(d.keySlotFile()).find(Fixtures.ADMIN).orElseThrow();
        try (FileKey key = new KeyWrapping(new SecureRandom()).unwrap(slot, Fixtures.PASSWORD.clone()).orElseThrow();
             Database db = Database.open(d, key)) {
            RemediationSeed.seed(db, records, Fixtures.ADMIN, Instant.now());
        }
        return data;
    }

    /** A roster naming B0000001 … B{count} as {@code bench training} writes it, then {@code extraRows} as they are. */
    private static Path roster(Path file, int count, String... extraRows) throws IOException {
        BenchTrainingCommand.writeRoster(file, count);
        for (String row : extraRows) {
            Files.writeString(file, row + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return file;
    }

    /** A copy of a closed data directory: the same office, to import into cleanly and compare with. */
    private static Path twin(Path data, Path copy) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                Path to = copy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    /** The value of the {@code name = value} line called {@code name}. */
    private static int figure(String lines, String name) {
        return lines.lines().filter(l -> l.startsWith(name + " = ")).map(l -> Integer.parseInt(l.substring(name.length() + 3)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + lines));
    }

    @Test
    void aFullDiskDuringARosterImportIsExitSixWithOneSentenceAndARerunAppliesIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path data = office(dir.resolve("data"), 1500);
        Path clean = twin(data, dir.resolve("clean"));
        Path roster = roster(dir.resolve("roster.csv"), 1500);
        String statusBefore = cli(data, "training", "status");
        String auditBefore = cli(data, "verify-audit");
        long dbKib = Files.size(data.resolve("secondlook.mv.db")) / 1024;

        // No file the child writes may grow more than 64 KiB past today's database: the disk is "full" for it.
        Child.Ran r = child().fileSizeLimit(dbKib + 64).run("--data-dir", data.toString(), "training", "import",
                roster.toString());

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        List<String> lines = r.output().strip().lines().toList();
        assertThat(lines).as(r.output()).hasSize(1);
        assertThat(lines.get(0)).startsWith("The disk holding " + data + " is full: free at least ")
                .contains(" MB there").contains("everything stored before this command is kept")
                .doesNotContain("Exception").doesNotContain("JDBC");
        // The import commits its rows in chunks of CHUNK (RosterImport.CHUNK), each chunk with its audit events in one transaction (like the
        // batch import): the chunks written before the disk filled are kept whole, the one it filled in is not.
        int kept = 1500 - figure(cli(data, "training", "status"), "state.IDENTIFIED");
        assertThat(kept % CHUNK).as("rows kept: whole chunks only").isZero();
        assertThat(kept).as("the disk filled before the last chunk").isLessThan(1500);
        assertThat(cli(data, "verify-audit")).contains("chain = ok");
        if (kept == 0) {
            assertThat(cli(data, "verify-audit")).isEqualTo(auditBefore);
        }

        Child.Ran again = child().run("--data-dir", data.toString(), "training", "import", roster.toString());
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(again.output()).startsWith((1500 - kept) + " applied, " + kept + " unchanged, 0 rejected");
        cli(clean, "training", "import", roster.toString());
        assertThat(cli(data, "training", "status")).isEqualTo(cli(clean, "training", "status"))
                .isNotEqualTo(statusBefore);
        assertThat(cli(data, "verify-audit")).contains("chain = ok");
    }

    @Test
    void killingALargeRosterImportMidwayLeavesADatabaseThatOpensAndAReimportMatchesACleanOne() throws Exception {
        int rows = 5000;
        Path data = office(dir.resolve("data"), rows);
        Path clean = twin(data, dir.resolve("clean"));
        Path roster = roster(dir.resolve("roster.csv"), rows);
                Path log = dir.resolve("import.out");

        Process p = child().start(log, "--data-dir", data.toString(), "training", "import", roster.toString());
        try {
            // Logged in, then (asking the database beside it, as a second process may) some rows are applied:
            // the import is under way.
            waitFor(p, log, () -> loggedIn(data) ? 1L : 0L, 0L);
            waitFor(p, log, () -> figure(cli(data, "training", "status"), "state.IDENTIFIED") < rows ? 1L : 0L, 0L);
            assertThat(p.isAlive()).as("killed while still importing").isTrue();
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(p.exitValue()).as("killed with SIGKILL").isEqualTo(137);

        Child.Ran audit = child().run("--data-dir", data.toString(), "verify-audit");
        assertThat(audit.code()).as(audit.output()).isZero();
        assertThat(audit.output()).contains("chain = ok");
        int kept = rows - figure(cli(data, "training", "status"), "state.IDENTIFIED");
        System.out.printf("kill -9 during a roster import of %d rows: %d rows were kept%n", rows, kept);
        // Every chunk committed before the kill is kept (H2 writes each commit at once), whole; the re-import brings the rest.
        assertThat(kept).as("killed in the middle of the import").isBetween(CHUNK, rows - CHUNK);
        assertThat(kept % CHUNK).as("rows kept: whole chunks only").isZero();

        Child.Ran again = child().run("--data-dir", data.toString(), "training", "import", roster.toString());
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(again.output()).startsWith((rows - kept) + " applied, " + kept + " unchanged, 0 rejected");
        cli(clean, "training", "import", roster.toString());
        assertThat(cli(data, "training", "status")).isEqualTo(cli(clean, "training", "status"));
        assertThat(cli(data, "verify-audit")).contains("chain = ok");
    }

    private static boolean loggedIn(Path data) throws IOException {
        Path logs = data.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return false;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains("Logged in in ")) {
                    return true;
                }
            }
        }
        return false;
    }

    interface Probe {
        long read() throws IOException;
    }

    /** Polls the disk until {@code probe} reads something other than {@code notYet}, while the child lives (3 minutes at most). */
    private static long waitFor(Process p, Path log, Probe probe, long notYet) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            long v = probe.read();
            if (v != notYet) {
                return v;
            }
            assertThat(p.isAlive()).as("the child ended first: " + Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("waiting on the child's files").isLessThan(deadline);
            LockSupport.parkNanos(2_000_000); // polling the disk, not waiting for time
        }
    }

    @Test
    void aReportIntoAReadOnlyFolderIsExitSixWithOneSentenceAndNothingImported() throws Exception {
        Path data = office(dir.resolve("data"), 50);
        Path roster = roster(dir.resolve("roster.csv"), 50, "Z9,BA-2026-01,2026-01-05,2026-03-01,PASS,320,J. Ortiz");
        String before = cli(data, "training", "status");
        Path reports = Files.createDirectories(dir.resolve("reports"));

        Runnable undo = Folders.readOnly(reports);
        Child.Ran r;
        try {
            r = child().run("--data-dir", data.toString(), "training", "import", roster.toString(),
                    "--report", reports.resolve("r.csv").toString());
        } finally {
            undo.run();
        }

        // Exit 6: a read-only folder is the machine's failure (DESIGN, exit codes). The report's folder is tried
        // before the import, so nothing is imported and the same command works once the folder is writable: an
        // import without its report would leave the user a roster half-dealt with and no list of its rejected rows.
        assertThat(r.code()).as(r.output()).isEqualTo(6);
        assertThat(r.output().strip().lines().toList()).as(r.output()).containsExactly("The folder " + reports
                + " is read-only: make it writable for this account (or choose another folder) and run the command again.");
        assertThat(cli(data, "training", "status")).isEqualTo(before);
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.toList()).as("files left in the report's folder").isEmpty();
        }

        Child.Ran again = child().run("--data-dir", data.toString(), "training", "import", roster.toString(),
                "--report", reports.resolve("r.csv").toString());
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(again.output()).startsWith("50 applied, 0 unchanged, 1 rejected");
        assertThat(Files.readString(reports.resolve("r.csv"))).startsWith("row,applicant_id,outcome,reason")
                .contains("52,Z9,rejected,");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.map(f -> f.getFileName().toString()).toList()).containsExactly("r.csv");
        }
    }

    /** An office whose B0000001 is in training, and a certificate for it with a line found nowhere else. */
    private Path certificateCase(Path data) throws Exception {
        office(data, 2);
        cli(data, "training", "import", roster(dir.resolve("in-class.csv"), 0, "B0000001,BA-2026-01,2026-01-05,,,,J. Ortiz")
                .toString());
        assertThat(cli(data, "training", "show", "B0000001")).contains("state = IN_TRAINING");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        while (pdf.length() < 512 * 1024) {
            pdf.append("(").append(CERTIFICATE_LINE).append(") Tj\n");
        }
        return Files.writeString(dir.resolve("certificate.pdf"), pdf, StandardCharsets.ISO_8859_1);
    }

    private static final String CERTIFICATE_LINE = "Certificate of completion: Bench Person 1, class BA-2026-01";

    /** Files under the data directory and the system temporary folder that hold the certificate in plain. */
    private List<String> plainCopies(Path data) throws IOException {
        List<byte[]> needle = List.of(CERTIFICATE_LINE.getBytes(StandardCharsets.ISO_8859_1));
        List<String> found = new ArrayList<>(FaultSuiteTest.filesHolding(data, needle));
        found.addAll(FaultSuiteTest.filesHolding(dir.resolve("systmp"), needle));
        return found;
    }

    @Test
    void attachingACertificateToAReadOnlyDataDirectoryIsExitSixAndLeavesNoPlainCopy() throws Exception {
        Path data = dir.resolve("data");
        Path certificate = certificateCase(data);

        Runnable undo = Folders.readOnly(data);
        Child.Ran r;
        try {
            r = child().run("--data-dir", data.toString(), "training", "attach", "B0000001", "--certificate",
                    certificate.toString());
        } finally {
            undo.run();
        }

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        List<String> lines = r.output().strip().lines().toList();
        // (the first line, when there are two, says that this run keeps no log: its folder is read-only too)
        assertThat(lines).as(r.output()).hasSizeLessThanOrEqualTo(2);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("The folder " + data + " is read-only: make it writable for"
                + " this account (or choose another folder) and run the command again.");
        assertThat(plainCopies(data)).isEmpty();
        assertThat(cli(data, "training", "show", "B0000001")).doesNotContain("sha256");
    }

    @Test
    void attachingACertificateOntoAFullDiskIsExitSixWithOneSentenceAndLeavesNoPlainCopy() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path data = dir.resolve("data");
        Path certificate = certificateCase(data);
        long dbKib = Files.size(data.resolve("secondlook.mv.db")) / 1024;

        Child.Ran r = child().fileSizeLimit(dbKib + 64).run("--data-dir", data.toString(), "training", "attach",
                "B0000001", "--certificate", certificate.toString());

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        List<String> lines = r.output().strip().lines().toList();
        assertThat(lines).as(r.output()).hasSize(1);
        assertThat(lines.get(0)).startsWith("The disk holding " + data + " is full: free at least ")
                .doesNotContain("Exception");
        assertThat(plainCopies(data)).isEmpty();
        assertThat(cli(data, "training", "show", "B0000001")).doesNotContain("sha256");
        assertThat(cli(data, "verify-audit")).contains("chain = ok");

        Child.Ran again = child().run("--data-dir", data.toString(), "training", "attach", "B0000001", "--certificate",
                certificate.toString());
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(cli(data, "training", "show", "B0000001")).contains("sha256");
        assertThat(plainCopies(data)).isEmpty();
    }
}
