package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command and sub-command in the picocli tree, present and future, answers --help with its options, exit 0. */
class HelpEverywhereTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandInTheTreeAnswersHelpWithItsOwnUsageAndExitZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(CommandTree.full(new CommandLine(new SecondLookCommand())), new ArrayList<>(), paths);
        assertThat(paths).as("the walk found the sub-commands").hasSizeGreaterThan(25);
        CliRunner cli = new CliRunner(dir.resolve("data"));
        for (List<String> path : paths) {
            for (String help : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(help);
                CliRunner.Result r = cli.run(args.toArray(String[]::new));
                assertThat(r.code()).as(args + " exit code; stderr: " + r.err()).isZero();
                assertThat(r.out()).as(args + " shows its own usage")
                        .contains("Usage: secondlook " + String.join(" ", path));
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        for (var e : command.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandName().equals(e.getKey())) {
                continue; // an alias
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            into.add(sub);
            collect(e.getValue(), sub, into);
        }
    }

    @Test
    void helpNeedsNoDataDirectoryAndCreatesNone() {
        CliRunner.Result r = new CliRunner(dir.resolve("none")).run("restore", "--help");
        assertThat(r.code()).isZero();
        assertThat(Arrays.asList(dir.toFile().list())).doesNotContain("none");
    }
}
