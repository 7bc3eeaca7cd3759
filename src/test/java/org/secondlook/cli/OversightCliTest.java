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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code metrics} and {@code qa} on the command line: figures as {@code name = value} lines, the QA queue
 * as tab-separated lines with the id first, the roles of DESIGN.md (exit 4), and {@code --help} everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OversightCliTest {
    @TempDir
    static Path tmp;
    CliRunner cli;
    Path adaPw;
    Path samPw;
    Path ritaPw;
    Path robPw;

    @BeforeAll
    void office() throws Exception {
        cli = new CliRunner(tmp.resolve("data"));
        adaPw = pw("ada", "violet tangerine harbor");
        samPw = pw("sam", "granite orchard whistle");
        ritaPw = pw("rita", "silver canyon notebook");
        robPw = pw("rob", "amber willow compass");
        ok(cli.run("init", "--admin", "ada", "--password-file", adaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sam", "--role", "supervisor", "--password-file", samPw.toString()));
        ok(as("ada", adaPw, "users", "add", "rita", "--role", "reviewer", "--password-file", ritaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "rob", "--role", "reviewer", "--password-file", robPw.toString()));
        Path batch = tmp.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            for (int i = 1; i <= 4; i++) {
                csv.printRecord("K-" + i, "Person " + i, "ERO Newark", "Loan Officer at a bank, 2015-2020.", "LEO",
                        "Loan Officer");
            }
        }
        ok(as("sam", samPw, "import", batch.toString()));
        ok(as("rita", ritaPw, "decide", "K-1", "--track", "LEO", "--reason", "LE_EXPERIENCE_VERIFIED"));
        ok(as("sam", samPw, "sign-off", "K-1", "--approve"));
        ok(as("rita", ritaPw, "decide", "K-2", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        // K-2's approval is not drawn for QA (at 10 % it would be, one run in ten: the random start is 0.9 or more)
        ok(as("ada", adaPw, "qa", "share", "--set", "0"));
        ok(as("sam", samPw, "sign-off", "K-2", "--approve"));
        ok(as("ada", adaPw, "qa", "share", "--set", "0.10"));
        ok(as("rita", ritaPw, "decide", "K-3", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
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
    void metricsPrintsNameValueLinesForSupervisorsOnly() {
        String out = ok(as("sam", samPw, "metrics")).out();
        assertThat(out.lines().toList()).contains("cases = 4", "open = 1", "decided = 3", "awaiting_signoff = 1",
                "signed_off = 2", "returned = 0", "tool_leo_confirmed = 1", "tool_leo_overturned = 1",
                "tool_leo_overturned_share = 0.500", "phrase.1 = 4 loan officer");
        assertThat(out.lines()).allMatch(l -> l.matches("[^=]+ =( .*)?"));
        assertThat(ok(as("ada", adaPw, "metrics", "--office", "ERO Denver")).out()).contains("cases = 0")
                .contains("tool_leo_overturned_share =\n");
        CliRunner.Result refused = as("rita", ritaPw, "metrics");
        assertThat(refused.code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(refused.err()).contains("admin or supervisor");
        assertThat(as("sam", samPw, "metrics", "--since", "yesterday").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    @Order(2)
    void showWithholdsACaseWaitingForTheReadersBlindSecondReview() {
        CliRunner.Result withheld = as("rob", robPw, "show", "K-1");
        assertThat(withheld.code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(withheld.out()).isEmpty();
        assertThat(withheld.err().strip()).isEqualTo(org.secondlook.review.BlindQaRule.sentence("K-1"))
                .contains("qa show K-1").doesNotContain("LEO").doesNotContain("rita");
        assertThat(ok(as("rob", robPw, "cases", "list")).out()).doesNotContain("K-1").contains("K-3");
        assertThat(as("rob", robPw, "cases", "list", "--search", "K-1").out()).isEmpty();
        assertThat(as("rob", robPw, "cases", "list", "--state", "SIGNED_OFF").out()).doesNotContain("K-1");

        String full = "classifier_label = LEO\n";
        assertThat(ok(as("rita", ritaPw, "show", "K-1")).out()).as("the first decider keeps the full view")
                .startsWith("applicant_id = K-1\n").contains(full).contains("decided_by = rita\n")
                .contains("state = SIGNED_OFF\n").contains("--- résumé text (");
        assertThat(ok(as("sam", samPw, "show", "K-1")).out()).as("a supervisor keeps the full view").contains(full)
                .contains("decided_by = rita\n");
        assertThat(ok(as("rob", robPw, "show", "K-3")).out()).as("a case that waits for nobody's second review")
                .contains(full).contains("decided_by = rita\n");
    }

    @Test
    @Order(3)
    void qaFromQueueToSettlement() {
        assertThat(ok(as("rob", robPw, "qa", "queue")).out()).startsWith("K-1\tsecond-review\t");
        assertThat(ok(as("rita", ritaPw, "qa", "queue")).out()).doesNotContain("K-1");
        String blind = ok(as("rob", robPw, "qa", "show", "K-1")).out();
        assertThat(blind).contains("Loan Officer at a bank").doesNotContain("LEO").doesNotContain("LE_EXPERIENCE_VERIFIED")
                .doesNotContain("rita");
        assertThat(as("rita", ritaPw, "qa", "answer", "K-1", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE")
                .code()).isEqualTo(ExitCode.NOT_PERMITTED);
        String answered = ok(as("rob", robPw, "qa", "answer", "K-1", "--track", "ACADEMY", "--reason",
                "NON_LE_OFFICER_TITLE")).out();
        assertThat(answered).doesNotContain("LEO").doesNotContain("agree");
        assertThat(ok(as("rob", robPw, "show", "K-1")).out()).as("the answer is in: the full view again")
                .contains("classifier_label = LEO\n").contains("decided_by = rita\n");
        assertThat(ok(as("sam", samPw, "qa", "queue")).out()).contains("K-1\tsettlement\t");
        List<String> status = ok(as("sam", samPw, "qa", "status")).out().lines().toList();
        assertThat(status).contains("qa_pending = 0", "qa_answered = 1", "qa_settled = 0", "qa_agreement_share = 0.000");
        assertThat(status).anyMatch(l -> l.startsWith("qa_sampled = ")).anyMatch(l -> l.startsWith("qa_kappa ="));
        ok(as("sam", samPw, "qa", "settle", "K-1", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE",
                "--comment", "a bank's loan officer"));
        assertThat(ok(as("sam", samPw, "qa", "status")).out()).contains("qa_settled = 1");
        assertThat(ok(as("sam", samPw, "show", "K-1")).out()).contains("decided_by = sam").contains("state = SIGNED_OFF");
        assertThat(ok(as("sam", samPw, "verify-audit")).out()).contains("chain = ok");
        assertThat(ok(as("sam", samPw, "qa", "agreement")).out()).contains("qa_agreement.reviews = 1")
                .contains("qa_agreement.warning = small sample");
    }

    @Test
    void theShareIsAnOfficeSettingForAdministrators() {
        assertThat(ok(as("rob", robPw, "qa", "share")).out()).isEqualTo("qa_share = 0.1\n");
        assertThat(as("sam", samPw, "qa", "share", "--set", "20%").code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(as("ada", adaPw, "qa", "share", "--set", "many").code()).isEqualTo(ExitCode.USAGE);
        assertThat(as("ada", adaPw, "qa", "share", "--set", "150%").code()).isEqualTo(ExitCode.USAGE);
        assertThat(ok(as("ada", adaPw, "qa", "share", "--set", "20%")).out()).isEqualTo("qa_share = 0.2\n");
        ok(as("ada", adaPw, "qa", "share", "--set", "0.10"));
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] cmd : List.of(new String[] {"metrics"}, new String[] {"qa"}, new String[] {"qa", "status"},
                new String[] {"qa", "queue"}, new String[] {"qa", "show"}, new String[] {"qa", "answer"},
                new String[] {"qa", "settle"}, new String[] {"qa", "agreement"}, new String[] {"qa", "share"},
                new String[] {"bench", "dashboard"})) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            CliRunner.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage:");
        }
    }
}
