package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;

/** The office's config/ folder replaces the built-in files, is checked at start, and {@code config show} says what is in force. */
class ConfigCommandTest {
    @TempDir
    Path dir;
    CliRunner cli;
    Path config;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(dir);
        config = dir.resolve("config");
    }

    @Test
    void withoutAConfigFolderEverythingIsBuiltIn() {
        CliRunner.Result r = cli.run("config", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("config_dir = " + config + "\n", "reason_codes = built-in\n",
                "analysis_policy = built-in\n", "reason.LE_EXPERIENCE_VERIFIED = Sworn law-enforcement service confirmed");
    }

    @Test
    void anOfficesReasonCodesReplaceTheBuiltInListForEveryone() throws Exception {
        Files.createDirectories(config);
        Path file = config.resolve("reason-codes.properties");
        Files.writeString(file, "# our list\nLE_EXPERIENCE_VERIFIED = Service verified\nLOCAL_RULE = Our office's rule\n",
                StandardCharsets.UTF_8);

        CliRunner.Result r = cli.run("config", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("reason_codes = " + file + "\n", "reason.LOCAL_RULE = Our office's rule\n")
                .doesNotContain("reason.ASPIRATION_ONLY");

        LocalWorkstation ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(10)).open(dir);
        ws.initialize("ada", "violet tangerine harbor".toCharArray(), "ERO Newark");
        try (ReviewSession s = ws.login("ada", "violet tangerine harbor".toCharArray())) {
            assertThat(s.reasonCodes()).containsOnlyKeys("LE_EXPERIENCE_VERIFIED", "LOCAL_RULE");
        }
    }

    @Test
    void aMistakeStopsTheStartWithTheFileAndLine() throws Exception {
        Files.createDirectories(config);
        Path file = config.resolve("reason-codes.properties");
        Files.writeString(file, "LE_EXPERIENCE_VERIFIED = Service verified\nLOCAL_RULE Our rule\n", StandardCharsets.UTF_8);

        CliRunner.Result show = cli.run("config", "show");
        assertThat(show.code()).isEqualTo(ExitCode.USAGE);
        assertThat(show.err().strip()).isEqualTo(file + ", line 2: write each reason as CODE = label.");
        CliRunner.Result status = cli.env("SECONDLOOK_PASSWORD", "violet tangerine harbor").run("--user", "ada", "status");
        assertThat(status.code()).isEqualTo(ExitCode.USAGE);
        assertThat(status.err().strip()).isEqualTo(file + ", line 2: write each reason as CODE = label.");

        Files.writeString(file, "A = one\nA = again\n", StandardCharsets.UTF_8);
        assertThat(cli.run("config", "show").err().strip()).isEqualTo(file + ", line 2: the reason A is listed twice.");
    }

    @Test
    void aBrokenPolicyIsRefusedWithItsLine() throws Exception {
        Files.createDirectories(config);
        Path policy = config.resolve("policy.json");
        Files.writeString(policy, "{\n  \"minimumMonths\": \n}\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("config", "show");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith(config + ": Policy file policy.json line 3: ");
    }

    @Test
    void anOfficesLexiconFileIsInForceAndAMistakeInItNamesItsLine() throws Exception {
        Files.createDirectories(config);
        Path lexicon = config.resolve("non-le-officers.txt");
        Files.writeString(lexicon, "# our office's own non-LE officer titles\nharbor pilot officer\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("config", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("analysis_lexicons = built-in, with " + lexicon + "\n");

        Files.writeString(lexicon, "harbor pilot officer\n%%%\n", StandardCharsets.UTF_8);
        CliRunner.Result bad = cli.run("config", "show");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("non-le-officers.txt", "line 2");
    }

    @Test
    void helpAnswersWithExitZero() {
        assertThat(cli.run("config", "--help").code()).isZero();
        CliRunner.Result r = cli.run("config", "show", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Print what is in force");
    }
}
