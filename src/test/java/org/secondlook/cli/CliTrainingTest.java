package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code training} on the command line: DESIGN's conventions (list lines, name = value, exit codes, --help). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliTrainingTest {
    @TempDir
    static Path tmp;
    CliRunner cli;
    Path adaPw;
    Path samPw;
    Path suePw;
    Path ritaPw;

    @BeforeAll
    void office() throws Exception {
        cli = new CliRunner(tmp.resolve("data"));
        adaPw = pw("ada", "violet tangerine harbor");
        samPw = pw("sam", "granite orchard whistle");
        suePw = pw("sue", "copper lantern meadow");
        ritaPw = pw("rita", "silver canyon notebook");
        ok(cli.run("init", "--admin", "ada", "--password-file", adaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sam", "--role", "supervisor", "--password-file", samPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sue", "--role", "supervisor", "--password-file", suePw.toString()));
        ok(as("ada", adaPw, "users", "add", "rita", "--role", "reviewer", "--password-file", ritaPw.toString()));
        Path batch = tmp.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,field_office,status,date_of_birth,resume_text,classifier_label\n"
                + "C-1,Person One,ERO Newark,DEPLOYED,1990-01-01,Loan officer at a bank.,LEO\n"
                + "C-2,Person Two,ERO Newark,SELECTED,1990-01-02,Loan officer at a bank.,LEO\n"
                + "C-3,Person Three,ERO Newark,SELECTED,1990-01-03,Loan officer at a bank.,LEO\n");
        ok(as("sam", samPw, "import", batch.toString()));
        for (String id : List.of("C-1", "C-2", "C-3")) {
            ok(as("rita", ritaPw, "decide", id, "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
            ok(as("sam", samPw, "sign-off", id, "--approve"));
        }
    }

    private Path pw(String name, String password) throws Exception {
        Path p = tmp.resolve(name + ".txt");
        Files.writeString(p, password + "\n");
        return p;
    }

    private CliRunner.Result as(String user, Path pw, String... args) {
        List<String> all = new ArrayList<>(List.of("--user", user, "--password-file", pw.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static CliRunner.Result ok(CliRunner.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    @Order(1)
    void everyTrainingCommandAnswersHelp() {
        for (String sub : List.of("", "list", "show", "attach", "verify", "move", "approve", "import", "status", "conflicts")) {
            CliRunner.Result r = sub.isEmpty() ? cli.run("training", "--help") : cli.run("training", sub, "--help");
            assertThat(r.code()).as(sub).isZero();
            assertThat(r.out()).as(sub).contains("Usage:");
        }
    }

    @Test
    @Order(2)
    void listPrintsOneRecordALineTabSeparatedIdFirst() {
        CliRunner.Result r = ok(as("rita", ritaPw, "training", "list"));
        assertThat(r.out().lines().toList()).containsExactly(
                "C-1\tRECALL\tIDENTIFIED\tERO Newark\t",
                "C-2\tENROL\tIDENTIFIED\tERO Newark\t",
                "C-3\tENROL\tIDENTIFIED\tERO Newark\t");
        assertThat(ok(as("rita", ritaPw, "training", "list", "--state", "identified")).out().lines()).hasSize(3);
        CliRunner.Result bad = as("rita", ritaPw, "training", "list", "--state", "recall");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.out()).isEmpty();
    }

    @Test
    @Order(3)
    void movesKeepTheirExitCodes() {
        CliRunner.Result skip = as("sam", samPw, "training", "move", "C-2", "--to", "IN_TRAINING");
        assertThat(skip.code()).isEqualTo(ExitCode.USAGE);
        assertThat(skip.err()).contains("cannot move from IDENTIFIED to IN_TRAINING");
        CliRunner.Result reviewer = as("rita", ritaPw, "training", "move", "C-2", "--to", "NOTIFIED");
        assertThat(reviewer.code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(reviewer.err()).contains("admin or supervisor role");
        assertThat(as("sam", samPw, "training", "move", "C-2", "--to", "SOMEWHERE").code()).isEqualTo(ExitCode.USAGE);
        ok(as("sam", samPw, "training", "move", "C-2", "--to", "NOTIFIED"));
        assertThat(as("sam", samPw, "training", "move", "C-2", "--to", "SCHEDULED", "--class", "BA-1", "--report-date",
                "10/01/2026").code()).isEqualTo(ExitCode.USAGE);
        ok(as("sam", samPw, "training", "move", "C-2", "--to", "SCHEDULED", "--class", "BA-1", "--report-date", "2026-01-10"));
        assertThat(ok(as("rita", ritaPw, "training", "list", "--overdue")).out())
                .isEqualTo("C-2\tENROL\tSCHEDULED\tERO Newark\t2026-01-10" + System.lineSeparator());
    }

    @Test
    @Order(4)
    void aRosterImportsReportsAndChangesNothingTheSecondTime() throws Exception {
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, "applicant_id,full_name,date_of_birth,class_number,start_date,end_date,result\n"
                + "C-1,,,BA-7,2026-01-05,2026-03-01,PASS\n"
                + ",Person Three,1990-01-03,BA-7,2026-01-05,2026-03-01,FAIL\n"
                + "Z9,,,BA-7,2026-01-05,2026-03-01,PASS\n");
        Path report = tmp.resolve("report.csv");
        CliRunner.Result first = ok(as("sam", samPw, "training", "import", roster.toString(), "--report", report.toString()));
        assertThat(first.out()).startsWith("2 applied, 0 unchanged, 1 rejected")
                .contains("row 4 (Z9): applicant_id Z9 matches nobody in this database");
        assertThat(Files.readString(report)).startsWith("row,applicant_id,outcome,reason").contains("4,Z9,rejected,");
        CliRunner.Result again = ok(as("sue", suePw, "training", "import", roster.toString()));
        assertThat(again.out()).startsWith("0 applied, 2 unchanged, 1 rejected").contains("nothing changed");

        CliRunner.Result own = as("sam", samPw, "training", "verify", "C-1");
        assertThat(own.code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(own.err()).contains("evidence they attached or imported themselves");
        ok(as("sue", suePw, "training", "verify", "C-1"));
        assertThat(ok(as("rita", ritaPw, "training", "show", "C-1")).out()).contains("state = VERIFIED")
                .contains("verified_by = sue").contains("evidence.1 = ").contains("ROSTER roster.csv row 2 class BA-7");
    }

    @Test
    @Order(5)
    void aWaiverWaitsForASecondSupervisor() {
        assertThat(as("sam", samPw, "training", "move", "C-3", "--to", "WAIVED").code()).isEqualTo(ExitCode.USAGE);
        ok(as("sam", samPw, "training", "move", "C-3", "--to", "WAIVED", "--reason", "administrative", "--authority",
                "Memo 7"));
        assertThat(as("sam", samPw, "training", "approve", "C-3").code()).isEqualTo(ExitCode.NOT_PERMITTED);
        ok(as("sue", suePw, "training", "approve", "C-3"));
        assertThat(ok(as("ada", adaPw, "training", "show", "C-3")).out()).contains("state = WAIVED")
                .contains("waiver.authority = Memo 7").contains("waiver.approved_by = sue");
    }

    @Test
    @Order(6)
    void aCertificateIsAttachedWithItsHash() throws Exception {
        ok(as("sam", samPw, "training", "move", "C-2", "--to", "IN_TRAINING"));
        Path cert = tmp.resolve("cert.pdf");
        Files.write(cert, "%PDF-1.4 certificate".getBytes());
        CliRunner.Result r = ok(as("ada", adaPw, "training", "attach", "C-2", "--certificate", cert.toString()));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(cert)));
        assertThat(r.out()).contains("sha256 = " + sha);
        assertThat(as("ada", adaPw, "training", "verify", "C-2").code()).isEqualTo(ExitCode.NOT_PERMITTED);
    }

    @Test
    @Order(7)
    void statusPrintsTheFiguresAsNameValueLines() {
        CliRunner.Result r = ok(as("rita", ritaPw, "training", "status"));
        assertThat(r.out().lines().toList()).contains("records = 3", "action.RECALL = 1", "action.ENROL = 2",
                "action.NONE = 0", "state.IDENTIFIED = 0", "state.COMPLETED = 1", "state.VERIFIED = 1",
                "state.WAIVED = 1", "state.VOIDED = 0", "overdue = 0", "verified = 1", "verified_share = 0.50",
                "office.ERO Newark.verified_share = 0.50");
        assertThat(r.out().lines()).allMatch(l -> l.matches("[A-Za-z_. ]+[A-Za-z_] = [0-9.]+"));
    }
}
