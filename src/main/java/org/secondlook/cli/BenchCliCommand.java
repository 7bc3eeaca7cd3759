package org.secondlook.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench cli}: builds a throwaway database of N generated cases, then runs {@code status} on it
 * as separate JVMs, the way a user or a script does ({@code java -jar secondlook.jar … status}), and
 * prints the median wall time, JVM start included. The password reaches the child through its
 * environment, never a file.
 */
@Command(name = "cli", description = "Time the command line's login path: 'status' as a new JVM on a database of N cases"
        + " (budget: <= 2 s wall, JVM start included, median of the runs).")
public class BenchCliCommand implements Callable<Integer> {
    static final long CHILD_TIMEOUT_S = 120;

    @ParentCommand
    BenchCommand bench;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--count", defaultValue = "10000", paramLabel = "N", description = "Cases in the database (default 10000).")
    int count;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "R", description = "Runs of 'status' (default 5).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generator seed (default 1).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || runs < 1) {
            throw new org.secondlook.review.InvalidInputException("--count and --runs must be 1 or more.");
        }
        PrintWriter out = bench.root.out();
        PrintWriter err = bench.root.err();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(bench.root.context().workstations())) {
            Path batch = install.folder().resolve("bench-batch.csv");
            new SyntheticApplicants(seed).writeCsv(batch, count);
            ImportReport report;
            try (ReviewSession session = install.login()) {
                report = session.imports().importBatch(batch, ImportProgress.NONE);
            }
            java.nio.file.Files.delete(batch);
            err.println("Built a database of " + report.added() + " cases; running 'status' " + runs + " times.");
            err.flush();
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                seconds[i] = timeStatus(install);
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
            out.println("cli_cases = " + report.added() + " cases");
            out.println(String.format(Locale.ROOT, "cli_status_s = %.2f s (median of %d runs of 'status' as a new JVM;"
                    + " budget: <= 2 s wall, JVM start included)", median, runs));
            List<String> each = new ArrayList<>();
            for (double s : seconds) {
                each.add(String.format(Locale.ROOT, "%.2f", s));
            }
            out.println("cli_status_runs = " + String.join(" ", each) + " s (each run in order; the machine's other"
                    + " work shows here)");
            return ExitCode.OK;
        }
    }

    /** Wall time of one {@code status} as a child JVM, from starting the process to its exit. */
    private double timeStatus(ThrowawayInstallation install) throws IOException, InterruptedException, URISyntaxException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("--data-dir", install.dataDirectory().toString(), "status"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(false);
        install.credentialsInto(pb.environment());
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] errors = p.getErrorStream().readAllBytes();
        if (!p.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("'status' did not finish within " + CHILD_TIMEOUT_S + " s.");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("'status' exited with " + p.exitValue() + ": "
                    + new String(errors, StandardCharsets.UTF_8).strip());
        }
        return s;
    }

    /** The README's start command for this installation: {@code java -jar secondlook.jar}, or the class path when run from classes. */
    static List<String> javaCommand() throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path code = Path.of(BenchCliCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (code.toString().endsWith(".jar")) {
            return List.of(java, "-jar", code.toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path") + File.pathSeparator + code,
                "org.secondlook.app.Main");
    }
}
