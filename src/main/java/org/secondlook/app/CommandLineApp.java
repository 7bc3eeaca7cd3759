package org.secondlook.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.secondlook.cli.Cli;
import org.secondlook.cli.CliContext;
import org.slf4j.LoggerFactory;

/** Runs the command line with stdout and stderr, its services built here once. */
final class CommandLineApp {
    private CommandLineApp() {
    }

    static int run(String[] args, boolean logFile) {
        long atMain = sinceProcessStart();
        WorkstationFactory workstations = new WorkstationFactory();
        CliContext context = new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), workstations,
                logFile);
        int exit = Cli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), context,
                new BenchReviewCommand(workstations));
        LogStart.await(); // the lines logged while logging was being set up are written before the process ends
        // The login path's timings (decision record 0013); the command's name only, never its arguments.
        LoggerFactory.getLogger(CommandLineApp.class).info("Command '{}' done {} ms after the process started"
                + " (main reached at {} ms; {} ms of CPU in all threads)",
                args.length > 0 && !args[0].startsWith("-") ? args[0] : "(options first)", sinceProcessStart(), atMain,
                ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
        return exit;
    }

    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
    }
}
