package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.testing.GeneratedApplicants;

/** {@code cases list}: the queue on the command line, one case a line, tab-separated, id first, no header. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesListTest {
    static final int CASES = 40;
    @TempDir
    static Path tmp;
    CliRunner cli;
    Path pw;
    List<ApplicantRecord> records = new ArrayList<>();
    String decided;

    @BeforeAll
    void office() throws Exception {
        Path data = tmp.resolve("data");
        pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "violet tangerine harbor\n");
        cli = new CliRunner(data);
        assertThat(cli.run("init", "--admin", "ada", "--password-file", pw.toString()).code()).isZero();
        assertThat(as("users", "add", "sue", "--role", "supervisor", "--role", "reviewer", "--password-file",
                pw.toString()).code()).isZero();
        GeneratedApplicants gen = new GeneratedApplicants(11);
        for (int i = 1; i <= CASES; i++) {
            ApplicantRecord r = gen.next(i);
            records.add(i % 5 != 0 ? r : new ApplicantRecord(r.rowNumber(), r.applicantId(), r.fullName(), r.email(),
                    r.phone(), r.fieldOffice(), r.status(), r.hireDate(), r.resumeText(), r.resumeFile(), r.resumeType(),
                    ClassifierLabel.NON_LEO, 0.2, List.of(), r.classifierModel(), r.extras(), r.notes(), null));
        }
        var ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)).open(data);
        try (ReviewSession s = ws.login("ada", "violet tangerine harbor".toCharArray())) {
            ((DatabaseBatchImport) s.imports()).importRows("b.csv", (h, p) -> records.forEach(h::accepted),
                    ImportProgress.NONE);
        }
        decided = records.get(3).applicantId();
        CliRunner.Result d = cli.run("--user", "sue", "--password-file", pw.toString(), "decide", decided, "--track",
                "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE");
        assertThat(d.code()).as(d.err()).isZero();
    }

    private CliRunner.Result as(String... args) {
        List<String> all = new ArrayList<>(List.of("--user", "ada", "--password-file", pw.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private List<String[]> list(String... options) {
        List<String> args = new ArrayList<>(List.of("cases", "list"));
        args.addAll(List.of(options));
        CliRunner.Result r = as(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().lines().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void everyCaseOneALineInQueueOrderIdFirstNoHeader() {
        List<String[]> all = list();
        assertThat(all).hasSize(CASES).allSatisfy(cols -> assertThat(cols).hasSize(9));
        assertThat(all.stream().map(c -> c[0]).toList())
                .containsExactlyInAnyOrderElementsOf(records.stream().map(ApplicantRecord::applicantId).toList());
        for (int i = 1; i < all.size(); i++) {
            assertThat(Double.parseDouble(all.get(i)[4])).as("risk, highest first")
                    .isLessThanOrEqualTo(Double.parseDouble(all.get(i - 1)[4]));
        }
        ApplicantRecord r = records.get(0);
        String[] row = all.stream().filter(c -> c[0].equals(r.applicantId())).findFirst().orElseThrow();
        assertThat(row[2]).isEqualTo(r.classifierLabel().name());
        assertThat(row[6]).isEqualTo(r.fieldOffice());
        assertThat(row[8]).isEqualTo(r.fullName());
        assertThat(list("--limit", "5").stream().map(c -> c[0]).toList())
                .containsExactlyElementsOf(all.subList(0, 5).stream().map(c -> c[0]).toList());
    }

    @Test
    void filtersByStateLabelVerdictAndSearch() {
        assertThat(list("--state", "DECIDED")).singleElement().satisfies(c -> {
            assertThat(c[0]).isEqualTo(decided);
            assertThat(c[1]).isEqualTo("DECIDED");
            assertThat(c[7]).isEqualTo("sue");
        });
        assertThat(list("--state", "new,decided")).hasSize(CASES);
        long nonLeo = records.stream().filter(r -> r.classifierLabel().name().equals("NON_LEO")).count();
        assertThat(nonLeo).isPositive();
        assertThat(list("--label", "NON_LEO")).hasSize((int) nonLeo).allSatisfy(c -> assertThat(c[2]).isEqualTo("NON_LEO"));
        List<String[]> all = list();
        long notLe = all.stream().filter(c -> c[3].equals("NOT_LE")).count();
        assertThat(list("--verdict", "not_le")).hasSize((int) notLe).allSatisfy(c -> assertThat(c[3]).isEqualTo("NOT_LE"));
        String id = records.get(7).applicantId();
        assertThat(list("--search", id)).extracting(c -> c[0]).contains(id);
    }

    @Test
    void badFiltersAreUsageErrorsAndHelpExitsZero() {
        CliRunner.Result bad = as("cases", "list", "--label", "SWAT");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("Unknown label 'SWAT': use LEO or NON_LEO.");
        assertThat(bad.out()).isEmpty();
        CliRunner.Result state = as("cases", "list", "--state", "CLOSED");
        assertThat(state.code()).isEqualTo(ExitCode.USAGE);
        assertThat(state.err()).contains("Unknown state 'CLOSED'");
        CliRunner.Result help = cli.run("cases", "list", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--state", "--label", "--verdict", "--search", "--limit");
        CliRunner.Result none = as("cases", "list", "--search", "zzzqqqnothing");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("No case matches.");
    }
}
