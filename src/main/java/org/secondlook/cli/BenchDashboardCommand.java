package org.secondlook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.oversight.Metrics;
import org.secondlook.review.oversight.MetricsScope;
import org.secondlook.store.BenchHistory;
import org.secondlook.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench dashboard --count N}: fills a temporary database with N generated cases as {@code bench review}
 * does (the real import), gives about two thirds of them a review history in bulk (decisions, approvals,
 * returns), then times the oversight service computing every figure, as {@code metrics} and the dashboard do.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Time computing every oversight figure (budget: dashboard_ms <= 1000 ms with 200,000 cases).")
public class BenchDashboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "200000", paramLabel = "N", description = "Cases to store (default 200000).")
    int count;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs after one warm-up (default 5).")
    int runs;

    @Option(names = "--seed", defaultValue = "3", paramLabel = "S", description = "Generator seed (default 3).")
    long seed;

    @picocli.CommandLine.ParentCommand
    BenchCommand bench;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(bench.root.context().workstations())) {
            Path batch = install.folder().resolve("batch.csv");
            new SyntheticApplicants(seed).writeCsv(batch, count);
            long t0 = System.nanoTime();
            try (ReviewSession session = install.login()) {
                ImportReport report = session.imports().importBatch(batch, ImportProgress.NONE);
                out.println(String.format(Locale.ROOT, "dashboard_cases = %d cases (imported in %.1f s)",
                        report.added(), (System.nanoTime() - t0) / 1e9));
            }
            long t1 = System.nanoTime();
            BenchHistory.Filled filled;
            try (Database db = install.openDatabase()) {
                filled = new BenchHistory(db).fill(seed);
            }
            out.println(String.format(Locale.ROOT, "dashboard_decisions = %d decisions, %d approved, %d returned"
                    + " (written in %.1f s)", filled.decisions(), filled.approved(), filled.returned(),
                    (System.nanoTime() - t1) / 1e9));
            try (Database db = install.openDatabase(); ReviewSession session = install.login()) {
                Metrics warm = session.oversight().metrics(MetricsScope.all());
                BenchHistory history = new BenchHistory(db);
                List<Double> ms = new ArrayList<>();
                List<Double> cpuMs = new ArrayList<>();
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = 0; i < Math.max(1, runs); i++) {
                    history.touch(); // no run may reuse a result the database cached for the previous one
                    long cpu = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    session.oversight().metrics(MetricsScope.all());
                    ms.add((System.nanoTime() - s) / 1e6);
                    cpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                }
                Collections.sort(ms);
                Collections.sort(cpuMs);
                out.println(String.format(Locale.ROOT, "dashboard_ms = %.0f ms (budget: <= 1000 ms with 200,000 cases;"
                        + " median of %d runs, every figure of 'metrics')", ms.get(ms.size() / 2), ms.size()));
                out.println(String.format(Locale.ROOT, "dashboard_max_ms = %.0f ms", ms.get(ms.size() - 1)));
                out.println(String.format(Locale.ROOT, "dashboard_cpu_ms = %.0f ms (CPU time of the computing thread,"
                        + " median; the embedded database runs in it, so this holds on a busy machine too)",
                        cpuMs.get(cpuMs.size() / 2)));
                out.println(String.format(Locale.ROOT, "dashboard_first_ms = %d ms (the first run, caches cold)",
                        warm.computeMillis()));
                out.println("dashboard_figures = " + warm.figures().size() + " figures");
            }
            return ExitCode.OK;
        }
    }
}
