package org.secondlook.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.secondlook.cli.Cli;
import org.secondlook.cli.CliContext;

/** Runs the command line with stdout and stderr, its services built here once. */
final class CommandLineApp {
    private CommandLineApp() {
    }

    static int run(String[] args, boolean logFile) {
        WorkstationFactory workstations = new WorkstationFactory();
        CliContext context = new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), workstations,
                logFile);
        return Cli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), context,
                new BenchReviewCommand(workstations));
    }
}
