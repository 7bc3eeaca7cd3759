package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line gets only the sub-command it names (picocli reads each one's options by reflection). */
class CommandTreeTest {
    private static CommandLine root() {
        return new CommandLine(new SecondLookCommand());
    }

    @Test
    void findsTheSubCommandAfterGlobalOptionsWithTheirValues() {
        assertThat(CommandTree.subcommandName(root(), new String[] {"--data-dir", "d", "--user", "ada",
                "--password-file=p", "status"})).isEqualTo("status");
        assertThat(CommandTree.subcommandName(root(), new String[] {"--data-dir=status", "cases", "list"}))
                .isEqualTo("cases");
        assertThat(CommandTree.subcommandName(root(), new String[] {"--help"})).isNull();
    }

    @Test
    void aNamedSubCommandIsTheOnlyOneAddedAndNoneOrAnUnknownNameGetsThemAll() {
        assertThat(CommandTree.forArguments(root(), new String[] {"--data-dir", "d", "status"}).getSubcommands())
                .containsOnlyKeys("status");
        assertThat(CommandTree.forArguments(root(), new String[] {"--help"}).getSubcommands())
                .hasSize(CommandTree.SUBCOMMANDS.size()).containsKeys("status", "cases", "qa", "bench");
        assertThat(CommandTree.forArguments(root(), new String[] {"stauts"}).getSubcommands())
                .hasSize(CommandTree.SUBCOMMANDS.size());
    }

    @Test
    void theRootsHelpStillListsEveryCommandAndAMistypedNameIsRefusedWithExitTwo(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        CliRunner.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("status", "verify-audit", "training", "metrics", "qa");
        CliRunner.Result typo = cli.run("stauts");
        assertThat(typo.code()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("stauts");
    }
}
