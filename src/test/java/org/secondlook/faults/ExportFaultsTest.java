package org.secondlook.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.Fixtures;
import org.secondlook.review.ReviewSession;

/**
 * The workbook writers meeting a read-only output folder and a full disk, each in a child JVM running the real
 * command line: {@code export} and {@code bench export-db}. One sentence naming the output's folder, exit 6, no
 * workbook (whole or partial) under the output folder, and no applicant's name in plain anywhere on disk.
 */
class ExportFaultsTest {
    private static final Map<String, String> ENV = Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
            "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD));
    private static final String READ_ONLY = " is read-only: make it writable for this account (or choose another folder)"
            + " and run the command again.";

    @TempDir
    Path dir;

    private Child child() throws IOException {
        return new Child(dir.resolve("systmp"), ENV);
    }

    /** An office of 300 cases; the names (and one id) of the first 50, to look for on disk. */
    private static List<byte[]> office(Path data) throws Exception {
        Fixtures.initialized(data);
        List<ApplicantRecord> rows = Fixtures.applicants(300, 21);
        try (ReviewSession s = Fixtures.workstation(data).login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
        }
        List<byte[]> names = new ArrayList<>();
        for (ApplicantRecord r : rows.subList(0, 50)) {
            names.add(r.fullName().getBytes(StandardCharsets.UTF_8));
        }
        names.add(rows.get(0).applicantId().getBytes(StandardCharsets.UTF_8));
        return names;
    }

    private void assertNothingLeft(Path out, List<byte[]> names, Path... more) throws IOException {
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).as("files left in the output folder (a workbook, whole or partial)").isEmpty();
        }
        List<Path> where = new ArrayList<>(List.of(dir.resolve("systmp")));
        where.addAll(List.of(more));
        for (Path root : where) {
            assertThat(FaultSuiteTest.filesHolding(root, names)).as("files under " + root + " holding an applicant's name")
                    .isEmpty();
        }
    }

    @Test
    void exportingIntoAReadOnlyFolderIsExitSixWithOneSentenceNamingIt() throws Exception {
        Path data = dir.resolve("data");
        List<byte[]> names = office(data);
        Path out = Files.createDirectories(dir.resolve("out"));

        Runnable undo = Folders.readOnly(out);
        Child.Ran r;
        try {
            r = child().run("--data-dir", data.toString(), "export", "--output", out.resolve("all.xlsx").toString());
        } finally {
            undo.run();
        }

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        assertThat(r.output().strip().lines().toList()).as(r.output()).containsExactly("The folder " + out + READ_ONLY);
        assertNothingLeft(out, names, data);
    }

    @Test
    void exportingOntoAFullDiskIsExitSixWithOneSentenceAndLeavesNoPartOfTheWorkbook() throws Exception {
        Path data = dir.resolve("data");
        List<byte[]> names = office(data);
        Path out = dir.resolve("out");

        Runnable undo = Folders.smallDisk(out, 32); // the workbook of 300 cases is larger than 32 KiB
        try {
            Child.Ran r = child().run("--data-dir", data.toString(), "export", "--output", out.resolve("all.xlsx").toString());

            assertThat(r.code()).as(r.output()).isEqualTo(6);
            List<String> lines = r.output().strip().lines().toList();
            assertThat(lines).as(r.output()).hasSize(1);
            assertThat(lines.get(0)).startsWith("The disk holding " + out + " is full: free at least ").contains(" MB")
                    .doesNotContain("Exception");
            assertNothingLeft(out, names, data);
        } finally {
            undo.run();
        }
    }

    /** The names {@code bench export-db} gives its first 20 generated applicants (its default seed, 5). */
    private List<byte[]> benchNames() throws IOException {
        Path csv = dir.resolve("bench-names.csv");
        new SyntheticApplicants(5).writeCsv(csv, 20);
        List<byte[]> names = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p) {
                names.add(r.get("full_name").getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.delete(csv);
        return names;
    }

    @Test
    void benchExportDbIntoAReadOnlyFolderIsExitSixWithOneSentenceNamingIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path data = dir.resolve("data");

        Runnable undo = Folders.readOnly(out);
        Child.Ran r;
        try {
            r = child().run("--data-dir", data.toString(), "bench", "export-db", "--count", "200", "--output",
                    out.resolve("bench.xlsx").toString());
        } finally {
            undo.run();
        }

        assertThat(r.code()).as(r.output()).isEqualTo(6);
        assertThat(r.output().strip().lines().toList()).as(r.output()).endsWith("The folder " + out + READ_ONLY)
                .noneMatch(l -> l.contains("Exception"));
        assertNothingLeft(out, benchNames(), data);
    }

    @Test
    void benchExportDbOntoAFullDiskIsExitSixWithOneSentenceAndLeavesNoPartOfTheWorkbook() throws Exception {
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");

        Runnable undo = Folders.smallDisk(out, 32);
        try {
            Child.Ran r = child().run("--data-dir", data.toString(), "bench", "export-db", "--count", "200", "--output",
                    out.resolve("bench.xlsx").toString());

            assertThat(r.code()).as(r.output()).isEqualTo(6);
            List<String> lines = r.output().strip().lines().toList();
            assertThat(lines.get(lines.size() - 1)).as(r.output())
                    .startsWith("The disk holding " + out + " is full: free at least ");
            assertThat(lines).noneMatch(l -> l.contains("Exception"));
            assertNothingLeft(out, benchNames(), data);
        } finally {
            undo.run();
        }
    }
}
