package org.secondlook.app;

import java.io.PrintWriter;
import org.secondlook.cli.Cli;

/** Runs the command line with stdout and stderr. */
final class CommandLineApp {
    private CommandLineApp() {
    }

    static int run(String[] args) {
        return Cli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
