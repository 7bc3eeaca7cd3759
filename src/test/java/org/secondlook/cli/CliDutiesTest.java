package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts, decisions and sign-off through the command line, with the exit codes of the design notes:
 * 2 usage, 3 credentials, 4 refusal naming the rule, 5 conflict. The same rules as the services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliDutiesTest {
    @TempDir
    static Path tmp;
    CliRunner cli;
    Path adaPw;
    Path samPw;
    Path suePw;
    Path ritaPw;
    Path robPw;

    @BeforeAll
    void office() throws Exception {
        cli = new CliRunner(tmp.resolve("data"));
        adaPw = pw("ada", "violet tangerine harbor");
        samPw = pw("sam", "granite orchard whistle");
        suePw = pw("sue", "copper lantern meadow");
        ritaPw = pw("rita", "silver canyon notebook");
        robPw = pw("rob", "amber willow compass");
        ok(cli.run("init", "--admin", "ada", "--password-file", adaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sam", "--role", "supervisor", "--password-file", samPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sue", "--role", "SUPERVISOR", "--role", "reviewer", "--password-file",
                suePw.toString()));
        ok(as("ada", adaPw, "users", "add", "rita", "--role", "reviewer", "--password-file", ritaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "rob", "--role", "reviewer", "--password-file", robPw.toString()));
        Path batch = tmp.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            for (int i = 1; i <= 9; i++) {
                csv.printRecord("C-" + i, "Person " + i, "ERO Newark", "Loan officer at a bank, 2015-2020.", "LEO", "officer");
            }
        }
        ok(as("sam", samPw, "import", batch.toString()));
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

    private static void refused(CliRunner.Result r, int code, String sentence) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
        assertThat(r.err()).contains(sentence).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String state(String id) {
        return ok(as("ada", adaPw, "show", id)).out().lines().filter(l -> l.startsWith("state"))
                .findFirst().orElseThrow();
    }

    @Test
    void onlyAnAdministratorManagesAccounts() throws Exception {
        Path p = pw("tom", "harbor violet tangerine");
        refused(as("sam", samPw, "users", "add", "tom", "--role", "reviewer", "--password-file", p.toString()),
                ExitCode.NOT_PERMITTED, "needs the admin role");
        refused(as("rita", ritaPw, "users", "list"), ExitCode.NOT_PERMITTED, "needs the admin role");
        refused(as("ada", adaPw, "users", "add", "tom", "--role", "sheriff", "--password-file", p.toString()),
                ExitCode.USAGE, "Unknown role 'sheriff'");
        refused(as("ada", adaPw, "users", "add", "tom", "--role", "reviewer", "--password-file", adaPw.toString() + ".nope"),
                ExitCode.USAGE, "cannot be read");
        Path weak = pw("weak", "tom-is-the-best-reviewer");
        refused(as("ada", adaPw, "users", "add", "tom", "--role", "reviewer", "--password-file", weak.toString()),
                ExitCode.USAGE, "user name");
        assertThat(ok(as("ada", adaPw, "users", "list")).out()).contains("ada = admin", "sue = supervisor,reviewer",
                "rita = reviewer").doesNotContain("tom");
    }

    @Test
    void aDisabledAccountCannotLogInAndAResetBringsItBack() throws Exception {
        Path p = pw("val", "meadow granite whistle");
        ok(as("ada", adaPw, "users", "add", "val", "--role", "reviewer", "--password-file", p.toString()));
        ok(as("val", p, "show", "C-9"));
        ok(as("ada", adaPw, "users", "disable", "val"));
        refused(as("val", p, "decide", "C-9", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED"),
                ExitCode.BAD_CREDENTIALS, "not correct");
        assertThat(ok(as("ada", adaPw, "users", "list")).out()).contains("val = reviewer (disabled)");
        Path fresh = pw("val2", "orchard copper notebook");
        ok(as("ada", adaPw, "users", "reset", "val", "--password-file", fresh.toString()));
        refused(as("val", p, "show", "C-9"), ExitCode.BAD_CREDENTIALS, "not correct");
        ok(as("val", fresh, "show", "C-9"));
        Path mine = pw("val3", "willow amber canyon");
        ok(as("val", fresh, "users", "passwd", "--new-password-file", mine.toString()));
        ok(as("val", mine, "show", "C-9"));
    }

    @Test
    void decideThenSignOffByAnotherSupervisor() {
        ok(as("rita", ritaPw, "decide", "C-1", "--track", "academy", "--reason", "NON_LE_OFFICER_TITLE", "--note",
                "loan officer"));
        assertThat(state("C-1")).contains("DECIDED");
        refused(as("rita", ritaPw, "sign-off", "C-1", "--approve"), ExitCode.NOT_PERMITTED, "needs the supervisor role");
        refused(as("sam", samPw, "sign-off", "C-1", "--return"), ExitCode.USAGE, "--comment");
        refused(as("sam", samPw, "sign-off", "C-1"), ExitCode.USAGE, "--approve");
        ok(as("sam", samPw, "sign-off", "C-1", "--approve"));
        assertThat(state("C-1")).contains("SIGNED_OFF");
        refused(as("sue", suePw, "sign-off", "C-1", "--approve"), ExitCode.CONFLICT, "signed off already");
    }

    @Test
    void nobodySignsOffTheirOwnDecision() {
        ok(as("sue", suePw, "decide", "C-2", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED"));
        refused(as("sue", suePw, "sign-off", "C-2", "--approve"), ExitCode.NOT_PERMITTED,
                "Nobody signs off their own decision");
        refused(as("sue", suePw, "sign-off", "C-2", "--return", "--comment", "hmm"), ExitCode.NOT_PERMITTED,
                "Nobody signs off their own decision");
        assertThat(state("C-2")).contains("DECIDED");
    }

    @Test
    void aSignedOffDecisionIsSupersededNeverEdited() {
        ok(as("rita", ritaPw, "decide", "C-3", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED"));
        ok(as("sam", samPw, "sign-off", "C-3", "--approve"));
        // the correction comes from rita: while C-3 waits for its blind QA second review (an approval that keeps
        // an applicant on the LEO program always does), any other reviewer is kept from it (BlindQaRule)
        CliRunner.Result r = ok(as("rita", ritaPw, "decide", "C-3", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE",
                "--note", "it says loan officer"));
        assertThat(r.out()).contains("superseding the signed-off decision");
        assertThat(state("C-3")).contains("DECIDED");
        refused(as("rob", robPw, "sign-off", "C-3", "--approve"), ExitCode.NOT_PERMITTED, "supervisor role");
        ok(as("sue", suePw, "sign-off", "C-3", "--approve"));
        assertThat(state("C-3")).contains("SIGNED_OFF");
    }

    @Test
    void aReturnGoesBackToTheReviewerWhoDecidesAgain() {
        ok(as("rob", robPw, "decide", "C-4", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED"));
        ok(as("sam", samPw, "sign-off", "C-4", "--return", "--comment", "It is a loan officer."));
        assertThat(state("C-4")).contains("RETURNED");
        ok(as("rob", robPw, "decide", "C-4", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        ok(as("sam", samPw, "sign-off", "C-4", "--approve"));
    }

    @Test
    void someoneElsesPendingDecisionIsAConflictThatShowsIt() {
        ok(as("rita", ritaPw, "decide", "C-5", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED", "--note",
                "trooper 2010-2016"));
        refused(as("rob", robPw, "decide", "C-5", "--track", "ACADEMY", "--reason", "ASPIRATION_ONLY"),
                ExitCode.CONFLICT, "rita decided LEO (LE_EXPERIENCE_VERIFIED)");
    }

    @Test
    void badDecisionInputIsAUsageErrorThatSaysWhatToUse() {
        refused(as("rita", ritaPw, "decide", "C-6", "--track", "LEO", "--reason", "HUNCH"), ExitCode.USAGE,
                "Unknown reason code 'HUNCH': use one of LE_EXPERIENCE_VERIFIED, NON_LE_OFFICER_TITLE");
        refused(as("rita", ritaPw, "decide", "C-6", "--track", "SWAT", "--reason", "ASPIRATION_ONLY"), ExitCode.USAGE,
                "SWAT");
        refused(as("rita", ritaPw, "decide", "NOPE-1", "--track", "LEO", "--reason", "ASPIRATION_ONLY"), ExitCode.USAGE,
                "There is no case with the id NOPE-1");
        refused(as("ada", adaPw, "decide", "C-6", "--track", "LEO", "--reason", "ASPIRATION_ONLY"),
                ExitCode.NOT_PERMITTED, "supervisor or reviewer role");
        refused(as("rita", ritaPw, "decide", "C-6", "--track", "ACADEMY", "--reason", "LE_EXPERIENCE_VERIFIED"),
                ExitCode.USAGE, "supports LEO program, not Basic academy");
        refused(as("rita", ritaPw, "decide", "C-6", "--track", "LEO", "--reason", "NON_LE_OFFICER_TITLE"),
                ExitCode.USAGE, "supports Basic academy, not LEO program");
        refused(as("rita", ritaPw, "sign-off", "C-6", "--approve"), ExitCode.NOT_PERMITTED, "supervisor role");
        refused(as("sam", samPw, "sign-off", "C-6", "--approve"), ExitCode.USAGE, "no decision waiting for sign-off");
        assertThat(state("C-6")).contains("NEW");
    }

    @Test
    void verifyAuditIsForSupervisorsAndAdministrators() {
        refused(as("rita", ritaPw, "verify-audit"), ExitCode.NOT_PERMITTED, "admin or supervisor role");
        CliRunner.Result r = ok(as("sam", samPw, "verify-audit"));
        assertThat(r.out()).containsPattern("events = \\d+\\n").contains("chain = ok");
    }

    @Test
    void aWrongPasswordIsExitCodeThree() throws Exception {
        refused(as("sam", pw("bad", "not sam's password"), "verify-audit"), ExitCode.BAD_CREDENTIALS, "not correct");
    }
}
