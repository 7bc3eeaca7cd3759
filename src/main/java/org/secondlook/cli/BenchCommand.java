package org.secondlook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bench <what>}: measures against the performance budget (src/site/markdown/design.md). Each benchmark prints
 * its figures one a line as {@code name = number unit}, with the budget beside it in words.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed against the performance budget (prints name = number unit).",
        subcommands = {
                BenchImportCommand.class,
                BenchExportCommand.class,
                BenchAnalyzeCommand.class,
                BenchCliCommand.class,
                BenchDashboardCommand.class,
                BenchTrainingCommand.class,
                BenchConcurrencyCommand.class,
                BenchExportDbCommand.class,
        })
public class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    SecondLookCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
