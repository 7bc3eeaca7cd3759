package org.secondlook.cli;

import java.util.concurrent.Callable;
import org.secondlook.review.OfficeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code config show}: the office's customisation in force and where each part came from. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "The office's own files (config/ in the data directory) that replace the built-in ones.",
        subcommands = ConfigCommand.Show.class)
public class ConfigCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Prints, as {@code name = value} lines, the config folder, where the reason codes and the analysis
     * policy come from ({@code built-in} or the file's path), and each reason code in force. A mistake in
     * an office file is refused (exit 2) with the file and line, as at start.
     */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print what is in force (reason codes, analysis policy) and where it came from.")
    public static class Show implements Callable<Integer> {
        @ParentCommand
        ConfigCommand config;

        @Override
        public Integer call() {
            SecondLookCommand root = config.root;
            OfficeConfig office = OfficeConfig.load(OfficeConfig.folderOf(root.dataDirectory().root()));
            office.figures().forEach((name, value) -> root.out().println(name + " = " + value));
            return ExitCode.OK;
        }
    }
}
