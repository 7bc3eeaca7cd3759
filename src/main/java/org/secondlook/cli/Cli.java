package org.secondlook.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.review.AuthenticationException;
import org.secondlook.review.ConflictException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.LogSafe;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.store.StorageFailedException;
import org.secondlook.store.StorageFailures;
import picocli.CommandLine;

/**
 * Runs one command line. Failures become an exit code and one plain sentence on stderr; the
 * details go to the log file, never a stack trace on the terminal.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliContext.system());
    }

    /**
     * Runs one command line with the given environment and services. {@code extraBenchmarks} are
     * {@code bench} sub-commands built where the packages they measure may be used (the review
     * screen's benchmark needs the UI's view models, which this package may not import).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context, Object... extraBenchmarks) {
        SecondLookCommand root = new SecondLookCommand();
        root.context(context);
        CommandLine cl = CommandTree.forArguments(new CommandLine(root), args);
        CommandLine bench = cl.getSubcommands().get("bench");
        for (Object benchmark : extraBenchmarks) {
            if (bench != null) {
                bench.addSubcommand(benchmark);
            }
        }
        HelpOptions.addEverywhere(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCodeFor(ex);
            if (code == ExitCode.MACHINE_FAILED) {
                LOG.error("The machine failed the command: {}", LogSafe.describe(ex));
                err.println(machineFailure(ex, root).getMessage());
                return code;
            }
            if (code == ExitCode.USAGE && !(ex instanceof InvalidInputException) && !(ex instanceof UnusableFileException)) {
                LOG.error("Command failed: {}", LogSafe.describe(ex));
            } else {
                LOG.info("Command refused ({}, exit code {})", ex.getClass().getSimpleName(), code);
            }
            err.println(messageFor(ex, context.logFile()));
            return code;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {
            LOG.error("Command failed: {}", LogSafe.describe(e));
            if (exitCodeFor(e) == ExitCode.MACHINE_FAILED) {
                err.println(machineFailure(e, root).getMessage());
                code = ExitCode.MACHINE_FAILED;
            } else {
                err.println("Something went wrong: " + e.getClass().getSimpleName() + "." + detailsIn(context.logFile()));
                code = ExitCode.USAGE;
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The machine failure as one sentence naming the folder (the data directory unless the failure names one). */
    private static StorageFailedException machineFailure(Throwable ex, SecondLookCommand root) {
        return StorageFailures.asFailure(ex, root.dataDirectory().root(), 64L * 1024 * 1024).orElseThrow();
    }

    private static String detailsIn(boolean logFile) {
        return logFile ? " Details are in the log file." : "";
    }

    static int exitCodeFor(Throwable ex) {
        if (ex instanceof UnusableFileException) {
            return ExitCode.USAGE; // an input file that cannot be read is not the machine's fault
        }
        if (StorageFailures.find(ex).isPresent()) {
            return ExitCode.MACHINE_FAILED;
        }
        if (ex instanceof AuthenticationException) {
            return ExitCode.BAD_CREDENTIALS;
        }
        if (ex instanceof PermissionDeniedException) {
            return ExitCode.NOT_PERMITTED;
        }
        if (ex instanceof ConflictException) {
            return ExitCode.CONFLICT;
        }
        return ExitCode.USAGE;
    }

    static String messageFor(Throwable ex) {
        return messageFor(ex, true);
    }

    static String messageFor(Throwable ex, boolean logFile) {
        if (ex instanceof AuthenticationException || ex instanceof PermissionDeniedException
                || ex instanceof ConflictException || ex instanceof InvalidInputException
                || ex instanceof UnusableFileException) {
            return ex.getMessage();
        }
        return "Something went wrong: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                + "." + detailsIn(logFile);
    }
}
