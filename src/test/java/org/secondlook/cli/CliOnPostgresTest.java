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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.store.PostgresServer;

/**
 * The command line on a shared PostgreSQL server ({@code --database}, {@code --database-password-file}):
 * init, users, import, decide, sign-off, status and verify-audit work as on the encrypted file, the
 * password never travels on the command line, and backup refuses naming the server's own tools.
 */
@ExtendWith(PostgresServer.class)
class CliOnPostgresTest {
    @TempDir
    Path tmp;
    PostgresServer.Db db;
    CliRunner cli;
    Path adaPw;
    Path ritaPw;
    Path samPw;

    @BeforeEach
    void office() throws Exception {
        db = PostgresServer.database();
        cli = new CliRunner(tmp.resolve("data"));
        adaPw = pw("ada", "violet tangerine harbor");
        ritaPw = pw("rita", "silver canyon notebook");
        samPw = pw("sam", "granite orchard whistle");
        CliRunner.Result init = server("init", "--admin", "ada", "--password-file", adaPw.toString(), "--office", "HQ");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Created the schema on the database server localhost:");
        ok(as("ada", adaPw, "users", "add", "rita", "--role", "reviewer", "--password-file", ritaPw.toString()));
        ok(as("ada", adaPw, "users", "add", "sam", "--role", "supervisor", "--password-file", samPw.toString()));
    }

    @Test
    void importDecideSignOffStatusAndVerifyAuditWorkOnTheServer() throws Exception {
        Path batch = tmp.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            for (int i = 1; i <= 5; i++) {
                csv.printRecord("C-" + i, "Person " + i, "ERO Newark", "Loan officer at a bank, 2015-2020.", "LEO", "officer");
            }
        }
        assertThat(ok(as("sam", samPw, "import", batch.toString())).out()).contains("5 new");
        ok(as("rita", ritaPw, "decide", "C-1", "--track", "ACADEMY", "--reason", "NON_LE_OFFICER_TITLE"));
        ok(as("sam", samPw, "sign-off", "C-1", "--approve"));
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, "applicant_id,full_name,date_of_birth,class_number,start_date,end_date,result\n"
                + "C-1,,,BA-7,2026-01-05,2026-03-01,PASS\n");
        assertThat(ok(as("sam", samPw, "training", "import", roster.toString())).out()).startsWith("1 applied, 0 unchanged");
        assertThat(ok(as("sam", samPw, "training", "import", roster.toString())).out()).startsWith("0 applied, 1 unchanged");
        assertThat(ok(as("rita", ritaPw, "training", "show", "C-1")).out()).contains("state = COMPLETED")
                .contains("ROSTER roster.csv row 2 class BA-7");
        CliRunner.Result status = ok(as("ada", adaPw, "status"));
        assertThat(status.out()).contains("cases = 5").contains("office = HQ").contains("account.rita = reviewer");
        CliRunner.Result audit = ok(as("ada", adaPw, "verify-audit"));
        assertThat(audit.out()).contains("chain = ok");
        assertThat(ok(as("ada", adaPw, "cases", "list", "--state", "SIGNED_OFF")).out()).startsWith("C-1\t");
        assertThat(ok(as("ada", adaPw, "cases", "list", "--search", "loan")).out().lines()).hasSize(5);
    }

    @Test
    void accountsHavePasswordHashesOnTheServerAndAWrongPasswordExitsWith3() throws Exception {
        Path wrong = pw("wrong", "violet tangerine harbour");
        CliRunner.Result r = as("ada", wrong, "status");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_CREDENTIALS);
        assertThat(r.err().strip()).isEqualTo("The user name or password is not correct.");
        ok(as("ada", adaPw, "users", "disable", "rita"));
        assertThat(as("rita", ritaPw, "status").code()).isEqualTo(ExitCode.BAD_CREDENTIALS);
        assertThat(ok(as("ada", adaPw, "users", "list")).out()).contains("rita");
        assertThat(Files.exists(tmp.resolve("data/keyslots.json"))).as("no key slots for a server").isFalse();
        assertThat(Files.exists(tmp.resolve("data/secondlook.mv.db"))).as("no H2 file for a server").isFalse();
    }

    @Test
    void backupRefusesNamingPgDumpAndAPasswordInTheUrlIsRefused() {
        CliRunner.Result backup = as("ada", adaPw, "backup", "--output", tmp.resolve("b.zip").toString());
        assertThat(backup.code()).isEqualTo(ExitCode.USAGE);
        assertThat(backup.err()).contains("pg_dump").contains("pg_restore");
        CliRunner.Result withPassword = cli.run("--database", db.url() + "&password=secret", "--user", "ada",
                "--password-file", adaPw.toString(), "status");
        assertThat(withPassword.code()).isEqualTo(ExitCode.USAGE);
        assertThat(withPassword.err()).contains("must not hold the password").doesNotContain("secret");
    }

    @Test
    void theServerMayBeNamedInTheEnvironment() {
        cli.env("SECONDLOOK_DATABASE", db.url());
        CliRunner.Result r = cli.run("--database-password-file", db.passwordFile().toString(), "--user", "ada",
                "--password-file", adaPw.toString(), "status");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("office = HQ");
    }

    @Test
    void theServerChosenInTheFirstRunDialogIsUsedWithoutOptions() {
        new org.secondlook.store.ServerSetting(db.url(), db.passwordFile())
                .save(new org.secondlook.store.DataDirectory(tmp.resolve("data")));
        CliRunner.Result r = cli.run("--user", "ada", "--password-file", adaPw.toString(), "status");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("office = HQ");
    }

    private CliRunner.Result server(String... args) {
        List<String> all = new ArrayList<>(List.of("--database", db.url(), "--database-password-file",
                db.passwordFile().toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private CliRunner.Result as(String user, Path pw, String... args) {
        List<String> all = new ArrayList<>(List.of("--user", user, "--password-file", pw.toString()));
        all.addAll(List.of(args));
        return server(all.toArray(String[]::new));
    }

    private Path pw(String name, String password) throws Exception {
        Path p = tmp.resolve(name + ".txt");
        Files.writeString(p, password + "\n");
        return p;
    }

    private static CliRunner.Result ok(CliRunner.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }
}
