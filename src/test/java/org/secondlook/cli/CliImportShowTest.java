package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.testing.GeneratedApplicants;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.DatabaseBatchImport;

class CliImportShowTest {
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

    private ApplicantRecord importOne() throws Exception {
        ApplicantRecord r = new GeneratedApplicants(4).next(1);
        var ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)).open(data);
        try (ReviewSession s = ws.login("ada", "violet tangerine harbor".toCharArray())) {
            ((DatabaseBatchImport) s.imports()).importRows("b.csv", (h, p) -> h.accepted(r), ImportProgress.NONE);
        }
        return r;
    }

    @Test
    void showPrintsFieldsTheResumeAsStoredAndTheToolsEvidenceWithOffsets() throws Exception {
        ApplicantRecord r = importOne();
        CliRunner.Result shown = cli.run("--user", "ada", "--password-file", pw.toString(), "show", r.applicantId());
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("applicant_id = " + r.applicantId())
                .contains("full_name = " + r.fullName())
                .contains("classifier_label = " + r.classifierLabel())
                .contains("state = NEW")
                .contains("resume_version = 1 (versions: 1)")
                .contains(r.resumeText())
                .contains("tool evidence (" + r.evidence().size() + "):")
                .contains("analyzer findings (");
        if (!r.evidence().isEmpty()) {
            var e = r.evidence().get(0);
            assertThat(shown.out()).contains("  [" + e.getStart() + ", " + e.getEnd() + ") TOOL_EVIDENCE \""
                    + r.resumeText().substring(e.getStart(), e.getEnd()) + "\"");
        }
        CliRunner.Result status = cli.run("--user", "ada", "--password-file", pw.toString(), "status");
        assertThat(status.out()).startsWith("cases = 1\n")
                .contains("cases.state.NEW = 1")
                .contains("cases.label." + r.classifierLabel() + " = 1")
                .contains("cases.office." + r.fieldOffice() + " = 1")
                .contains("import.1 = ").contains("b.csv by ada: 1 new, 0 updated, 0 unchanged, 0 rejected");
    }

    @Test
    void anUnusableBatchFileExitsWith2AndOneSentence() throws Exception {
        Path batch = tmp.resolve("batch.csv");
        Files.writeString(batch, "not,a,batch\n");
        CliRunner.Result r = cli.run("--user", "ada", "--password-file", pw.toString(), "import", batch.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        CliRunner.Result status = cli.run("--user", "ada", "--password-file", pw.toString(), "status");
        assertThat(status.out()).as("a refused file leaves no import behind").doesNotContain("import.1");
        CliRunner.Result missing = cli.run("--user", "ada", "--password-file", pw.toString(), "import",
                tmp.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void theReportCsvNeutralisesFormulas() throws Exception {
        ImportReport report = new ImportReport(1, 0, 0, List.of(new RowRejection(3, "=cmd|' /C calc'!A0",
                "-the label is missing")), List.of("@note"), false);
        Path csv = tmp.resolve("report.csv");
        ImportCommand.writeReport(report, csv);
        try (Reader in = Files.newBufferedReader(csv)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(rows.get(0).get("row")).isEqualTo("3");
            assertThat(rows.get(0).get("applicant_id")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(rows.get(0).get("reason")).isEqualTo("'-the label is missing");
            assertThat(rows.get(1).get("reason")).isEqualTo("'@note");
        }
    }
}
