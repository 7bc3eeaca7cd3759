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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.store.PostgresServer;

/**
 * {@code migrate-store}: an office's encrypted file with decisions, sign-offs and audit events moved to an
 * empty PostgreSQL database; status and verify-audit give the same figures on both, and every account logs
 * in on the server with the password it had.
 */
@ExtendWith(PostgresServer.class)
class MigrateStoreTest {
    @TempDir
    Path tmp;

    @Test
    void anOfficeMovesToTheServerWithItsFiguresChainAndPasswords() throws Exception {
        CliRunner office = new CliRunner(tmp.resolve("office"));
        Path adaPw = pw("ada", "violet tangerine harbor");
        Path ritaPw = pw("rita", "silver canyon notebook");
        Path samPw = pw("sam", "granite orchard whistle");
        ok(office.run("init", "--admin", "ada", "--password-file", adaPw.toString(), "--office", "ERO Newark"));
        ok(as(office, "ada", adaPw, "users", "add", "rita", "--role", "reviewer", "--password-file", ritaPw.toString()));
        ok(as(office, "ada", adaPw, "users", "add", "sam", "--role", "supervisor", "--password-file", samPw.toString()));
        Path batch = tmp.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            for (int i = 1; i <= 6; i++) {
                csv.printRecord("C-" + i, "Person " + i, "ERO Newark", "Loan officer at a bank, 2015-2020.", "LEO", "officer");
            }
        }
        ok(as(office, "sam", samPw, "import", batch.toString()));
        ok(as(office, "rita", ritaPw, "decide", "C-1", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        ok(as(office, "rita", ritaPw, "decide", "C-2", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        ok(as(office, "sam", samPw, "sign-off", "C-1", "--approve"));

        PostgresServer.Db db = PostgresServer.database();
        assertThat(as(office, "rita", ritaPw, "migrate-store", "--to", db.url()).code()).as("administrators only")
                .isEqualTo(ExitCode.NOT_PERMITTED);
        CliRunner.Result moved = ok(as(office, "ada", adaPw, "migrate-store", "--to", db.url(), "--database-password-file",
                db.passwordFile().toString()));
        assertThat(moved.out()).contains("rows.applicant = 6").contains("rows.decision = 2").contains("rows.sign_off = 1")
                .contains("chain = ok");

        CliRunner server = new CliRunner(tmp.resolve("hq"));
        List<String> onServer = List.of("--database", db.url(), "--database-password-file", db.passwordFile().toString());
        String statusThere = ok(as(server, onServer, "ada", adaPw, "status")).out();
        String statusHere = ok(as(office, "ada", adaPw, "status")).out();
        assertThat(statusThere).isEqualTo(statusHere).contains("cases = 6");
        assertThat(ok(as(server, onServer, "ada", adaPw, "verify-audit")).out())
                .isEqualTo(ok(as(office, "ada", adaPw, "verify-audit")).out());
        ok(as(server, onServer, "rita", ritaPw, "decide", "C-3", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        ok(as(server, onServer, "sam", samPw, "sign-off", "C-2", "--approve"));
        assertThat(ok(as(server, onServer, "ada", adaPw, "verify-audit")).out()).contains("chain = ok");
        CliRunner.Result again = as(office, "ada", adaPw, "migrate-store", "--to", db.url(), "--database-password-file",
                db.passwordFile().toString());
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("empty database");
    }

    private Path pw(String name, String password) throws Exception {
        Path p = tmp.resolve(name + ".txt");
        Files.writeString(p, password + "\n");
        return p;
    }

    private static CliRunner.Result as(CliRunner cli, String user, Path pw, String... args) {
        return as(cli, List.of(), user, pw, args);
    }

    private static CliRunner.Result as(CliRunner cli, List<String> before, String user, Path pw, String... args) {
        List<String> all = new ArrayList<>(before);
        all.addAll(List.of("--user", user, "--password-file", pw.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static CliRunner.Result ok(CliRunner.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }
}
