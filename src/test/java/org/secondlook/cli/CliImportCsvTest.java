package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} on a real CSV batch: the counts line, the rejected rows, idempotent re-import. */
class CliImportCsvTest {
    @TempDir
    Path tmp;
    Path data;
    Path pw;
    CliRunner cli;

    @BeforeEach
    void init() throws Exception {
        data = tmp.resolve("data");
        pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "violet tangerine harbor\n");
        cli = new CliRunner(data);
        assertThat(cli.run("init", "--admin", "ada", "--password-file", pw.toString()).code()).isZero();
    }

    private Path batch(String name, String changedText) throws Exception {
        Path file = tmp.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            csv.printRecord("C-1", "Rowan Example", "ERO Newark", "Police Officer, Newark PD, 2012-2019.", "LEO", "officer");
            csv.printRecord("C-2", "", "ERO Newark", "Loan officer at a bank.", "LEO", "officer");
            csv.printRecord("C-3", "Kim Sample", "ERO Chicago", changedText, "LEO", "officer");
            csv.printRecord("C-4", "Lee Person", "ERO Chicago", "Barista and shift lead.", "MAYBE", "");
            csv.printRecord("C-5", "Ash Tester", "", "Compliance Officer, First Bank.", "NON_LEO", "");
        }
        return file;
    }

    @Test
    void printsTheCountsThenTheRejectedRowsAndAReimportChangesNothing() throws Exception {
        Path first = batch("batch.csv", "Security officer at a mall, 2018-2021.");
        Path report = tmp.resolve("report.csv");
        CliRunner.Result r = cli.run("--user", "ada", "--password-file", pw.toString(), "import", first.toString(),
                "--report", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("3 new, 0 updated, 0 unchanged, 2 rejected");
        assertThat(lines.get(1)).startsWith("row 3 (C-2): ");
        assertThat(lines.get(2)).startsWith("row 5 (C-4): ");
        assertThat(r.out()).doesNotContain("nothing changed");
        assertThat(Files.readString(report)).contains("C-2").contains("C-4").contains("rejected");

        CliRunner.Result again = cli.run("--user", "ada", "--password-file", pw.toString(), "import", first.toString());
        assertThat(again.out().lines().findFirst()).contains("0 new, 0 updated, 3 unchanged, 2 rejected");
        assertThat(again.out()).contains("nothing changed");

        Path second = batch("batch2.csv", "Security officer at a mall, 2018-2022; now a sheriff's deputy.");
        CliRunner.Result updated = cli.run("--user", "ada", "--password-file", pw.toString(), "import", second.toString());
        assertThat(updated.out().lines().findFirst()).contains("0 new, 1 updated, 2 unchanged, 2 rejected");
        CliRunner.Result shown = cli.run("--user", "ada", "--password-file", pw.toString(), "show", "C-3");
        assertThat(shown.out()).contains("resume_version = 2 (versions: 1, 2)").contains("now a sheriff's deputy");
        assertThat(shown.out()).contains("TOOL_EVIDENCE \"officer\"");
    }
}
