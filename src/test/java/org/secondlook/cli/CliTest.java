package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;
    Path data;
    Path pw;
    CliRunner cli;

    @BeforeEach
    void init() throws Exception {
        data = tmp.resolve("data");
        pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "violet tangerine harbor\r\n");
        cli = new CliRunner(data);
        CliRunner.Result r = cli.run("init", "--admin", "ada", "--password-file", pw.toString(), "--office", "ERO Newark");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Created the encrypted database");
    }

    @Test
    void statusPrintsNameValueLinesWithCasesFirst() {
        CliRunner.Result r = cli.run("--user", "ada", "--password-file", pw.toString(), "status");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst()).contains("cases = 0");
        assertThat(r.out()).contains("office = ERO Newark").contains("account.ada = admin");
        assertThat(r.out().lines()).allMatch(l -> l.matches("[^=]+ = .*"));
    }

    @Test
    void credentialsMayComeFromTheEnvironmentAndTheTrailingLineBreakIsNotPartOfThePassword() {
        cli.env("SECONDLOOK_USER", "ada").env("SECONDLOOK_PASSWORD", "violet tangerine harbor");
        assertThat(cli.run("status").code()).isZero();
    }

    @Test
    void aWrongPasswordExitsWith3AndOneSentence() throws Exception {
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "violet tangerine harbour\n");
        CliRunner.Result r = cli.run("--user", "ada", "--password-file", wrong.toString(), "status");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("The user name or password is not correct.");
        assertThat(r.out()).isEmpty();
        CliRunner.Result unknown = cli.run("--user", "zed", "--password-file", pw.toString(), "status");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err().strip()).isEqualTo("The user name or password is not correct.");
    }

    @Test
    void missingCredentialsAndUnknownCasesAreUsageErrorsWithoutAStackTrace() {
        CliRunner.Result noUser = cli.run("status");
        assertThat(noUser.code()).isEqualTo(2);
        assertThat(noUser.err()).contains("--user").doesNotContain("Exception").doesNotContain("\tat ");
        CliRunner.Result noCase = cli.run("--user", "ada", "--password-file", pw.toString(), "show", "NOPE");
        assertThat(noCase.code()).isEqualTo(2);
        assertThat(noCase.err().strip()).isEqualTo("There is no case with the id NOPE.");
        CliRunner.Result again = cli.run("init", "--admin", "bob", "--password-file", pw.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreStoredAsText() {
        assertThat(Cells.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Cells.safe("+1")).isEqualTo("'+1");
        assertThat(Cells.safe("-2")).isEqualTo("'-2");
        assertThat(Cells.safe("@SUM")).isEqualTo("'@SUM");
        assertThat(Cells.safe("\tx")).isEqualTo("'\tx");
        assertThat(Cells.safe("\rx")).isEqualTo("'\rx");
        assertThat(Cells.safe("plain")).isEqualTo("plain");
    }
}
