package org.secondlook.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.Fixtures;
import org.secondlook.review.ReviewSession;

/**
 * Faults as an unlucky office meets them, each in a child JVM running the real command line
 * ({@code Main}, the shipped logging): kill -9 during an export, a full disk during an import,
 * a restore from the command line, a hostile CSV under a 256 MB heap.
 */
class FaultSuiteTest {
    private static final Map<String, String> ENV = Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
            "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD));

    @TempDir
    Path dir;

    /** The command line in this JVM (set-up steps that are not under test). */
    private String[] cli(Path dataDir, String... args) {
        return InProcessCli.run(ENV, dir.resolve("home"), dataDir, args);
    }

    private static List<ApplicantRecord> imported(Path data, int count, long seed) throws Exception {
        List<ApplicantRecord> rows = Fixtures.applicants(count, seed);
        try (ReviewSession s = Fixtures.workstation(data).login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
        }
        return rows;
    }

    @Test
    void killingAnEncryptedExportAndAPackageExportLeavesNoApplicantsNameAnywhereOnDisk() throws Exception {
        // (2,500 cases: an export long enough on a busy machine to be killed while its temporary files exist)
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        List<ApplicantRecord> rows = imported(data, 2500, 11);
        Path hq = dir.resolve("hq");
        Fixtures.initialized(hq);
        Path hqKey = dir.resolve("hq.pub.json");
        cli(hq, "keys", "export-public", "--output", hqKey.toString());
        cli(data, "offices", "hq", "--public-key", hqKey.toString());
        Path pw = Files.writeString(dir.resolve("workbook.pw"), "Workbook-Password-2026\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path systemTemp = dir.resolve("systmp");
        Child child = new Child(systemTemp, ENV);

        killWhileTemporaryFilesExist(child, data, out, "--data-dir", data.toString(), "export",
                "--output", out.resolve("all.xlsx").toString(), "--password-file", pw.toString());
        killWhileTemporaryFilesExist(child, data, out, "--data-dir", data.toString(), "export-package",
                "--output", out.resolve("all.slpkg").toString());

        List<byte[]> names = new ArrayList<>();
        for (ApplicantRecord r : rows.subList(0, 50)) {
            names.add(r.fullName().getBytes(StandardCharsets.UTF_8));
        }
        names.add(rows.get(0).applicantId().getBytes(StandardCharsets.UTF_8));
        for (Path where : List.of(systemTemp, data, out)) {
            assertThat(filesHolding(where, names)).as("files under " + where + " holding an applicant's name or id")
                    .isEmpty();
        }
        // The next run removes what the killed ones left in the data directory's own temporary folder.
        cli(data, "status");
        new Child(systemTemp, ENV).run("--data-dir", data.toString(), "status");
        try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
            assertThat(left.count()).as("leftover temporary folders after the next start").isZero();
        }
    }

    /** Starts the command, waits until it has temporary files (or an output part) on disk, and kills it (-9). */
    private void killWhileTemporaryFilesExist(Child child, Path data, Path out, String... args) throws Exception {
        Path log = dir.resolve("kill.out");
        Process p = child.start(log, args);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!hasWorkFiles(data.resolve("tmp")) && !hasWorkFiles(out) && !hasWorkFiles(dir.resolve("systmp"))) {
                assertThat(p.isAlive()).as("the export ended before it wrote anything: " + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("no temporary file appeared").isLessThan(deadline);
                java.util.concurrent.locks.LockSupport.parkNanos(2_000_000); // polling the disk, not waiting for time
            }
            assertThat(p.isAlive()).as("killed while still exporting").isTrue();
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(p.exitValue()).as("killed with SIGKILL").isEqualTo(137);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no finished file appears").noneMatch(n -> n.equals("all.xlsx") || n.equals("all.slpkg"));
        }
    }

    private static boolean hasWorkFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.anyMatch(f -> {
                try {
                    String n = f.getFileName().toString();
                    return Files.isRegularFile(f) && Files.size(f) > 0 && !n.endsWith(".log") && !n.endsWith(".out");
                } catch (IOException gone) {
                    return false;
                }
            });
        }
    }

    /** Every file under {@code root} holding one of {@code needles}, looking inside zip files (and zips in zips). */
    static List<String> filesHolding(Path root, List<byte[]> needles) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.exists(root)) {
            return found;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (holds(bytes, needles, 0)) {
                    found.add(root.relativize(f).toString());
                }
            }
        }
        return found;
    }

    private static boolean holds(byte[] bytes, List<byte[]> needles, int depth) throws IOException {
        for (byte[] n : needles) {
            if (indexOf(bytes, n) >= 0) {
                return true;
            }
        }
        if (depth < 3 && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                while (zip.getNextEntry() != null) {
                    if (holds(readSome(zip), needles, depth + 1)) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException partialZip) {
                // a cut zip: what could be read was searched
            }
        }
        return false;
    }

    private static byte[] readSome(InputStream in) throws IOException {
        return in.readNBytes(64 * 1024 * 1024);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aFullDiskFailsAnImportWithinFifteenSecondsWithOneSentenceAndExitSixKeepingWhatWasStored() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        imported(data, 40, 5);
        Path batch = inlineCsv(dir.resolve("batch.csv"), Fixtures.applicants(300, 9));
        long dbKib = Files.size(data.resolve("secondlook.mv.db")) / 1024;
        // No file the child writes may grow more than 64 KiB past today's database: the disk is "full" for it.
        Child child = new Child(dir.resolve("systmp"), ENV).fileSizeLimit(dbKib + 64);

        // What starting a JVM and logging in cost on this machine now (on a busy 2-core machine, most of it).
        Child.Ran baseline = new Child(dir.resolve("systmp"), ENV).run("--data-dir", data.toString(), "status");
        assertThat(baseline.code()).as(baseline.output()).isZero();

        Child.Ran r = child.run("--data-dir", data.toString(), "import", batch.toString());
        System.out.printf("full disk: import failed after %d ms; status alone took %d ms%n", r.millis(), baseline.millis());

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        assertThat(r.millis()).as("from the command's start to its end, beyond what starting and logging in cost")
                .isLessThanOrEqualTo(Math.max(15_000, baseline.millis() + 15_000));
        String[] lines = r.output().strip().split("\n");
        assertThat(lines).as(r.output()).hasSize(1);
        assertThat(lines[0]).startsWith("The disk holding " + data).contains("free at least").contains(" MB")
                .doesNotContain("JDBC").doesNotContain("Exception");
        String[] status = cli(data, "status");
        assertThat(status[0]).as("what was stored before is all there").contains("cases = 40\n");
        assertThat(cli(data, "verify-audit")[0]).contains("chain = ok");
    }

    /** A CSV batch of these applicants, résumés inline (quick to read, so the store is what is measured). */
    private static Path inlineCsv(Path file, List<ApplicantRecord> rows) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var csv = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "classifier_label", "resume_text");
            for (ApplicantRecord r : rows) {
                csv.printRecord(r.applicantId(), r.fullName(), r.classifierLabel().name(), r.resumeText());
            }
        }
        return file;
    }

    @Test
    void restoreIntoANewFolderWorksFromTheCommandLineAndEverythingIsOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        imported(data, 25, 3);
        Path backup = dir.resolve("office.bak");
        Child child = new Child(dir.resolve("systmp"), ENV);
        Child.Ran b = child.run("--data-dir", data.toString(), "backup", "--output", backup.toString());
        assertThat(b.code()).as(b.output()).isZero();
        Path restored = dir.resolve("restored");

        Child.Ran r = child.run("--data-dir", restored.toString(), "restore", backup.toString());

        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("restored = " + restored);
        Child.Ran status = child.run("--data-dir", restored.toString(), "status");
        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).contains("cases = 25");
        assumeTrue(restored.getFileSystem().supportedFileAttributeViews().contains("posix"));
        for (Path root : List.of(data, restored)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.toList()) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    assertThat(PosixFilePermissions.toString(perms)).as(p.toString())
                            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                }
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    }

    @Test
    void aHostileCsvOfAGigabyteEndingInNulBytesIsRefusedUnderA256MegabyteHeapKeepingTheRowsBeforeIt()
            throws Exception {
        Path data = dir.resolve("data");
        Fixtures.initialized(data);
        Path csv = inlineCsv(dir.resolve("batch.csv"), Fixtures.applicants(400, 4));
        long good = Files.size(csv);
        long size = 1000L * 1024 * 1024; // just under the 1 GB batch limit
        // The tail is NUL bytes: a sparse file, so the test writes no gigabyte, yet the reader sees one.
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(csv.toFile(), "rw")) {
            f.setLength(size);
        }
        try {
            Child.Ran r = new Child(dir.resolve("systmp"), ENV).heap("-Xmx256m")
                    .run("--data-dir", data.toString(), "import", csv.toString());

            System.out.printf("hostile CSV of %d MB at -Xmx256m: refused after %d ms%n", size >> 20, r.millis());
            assertThat(r.code()).as(r.output()).isEqualTo(2);
            assertThat(r.output()).contains("could not be read after row 401")
                    .contains("longer than").contains("The accepted rows before it were imported")
                    .doesNotContain("OutOfMemory");
            assertThat(r.output().length()).as("no echo of the hostile row").isLessThan(1000);
            assertThat(cli(data, "status")[0]).contains("cases = 400\n");
            assertThat(good).isLessThan(size);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
