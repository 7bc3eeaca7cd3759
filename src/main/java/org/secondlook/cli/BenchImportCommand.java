package org.secondlook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.secondlook.analysis.Analyzer;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.BatchRowHandler;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.RowSource;
import org.secondlook.demo.SyntheticApplicants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench import}: writes a CSV batch of generated applicants with realistic résumés (the demo
 * generator) into a temporary directory, and times importing it into a fresh data directory end to
 * end (read and validate, analyse on two threads, store), plus reading and analysing on their own. Prints {@code name = number unit} lines with the budget beside the total.
 */
@Command(name = "import", description = "Time importing N generated applicants end to end (budget: <= 30 s for 100,000 on 2 cores).")
public class BenchImportCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--count", defaultValue = "100000", paramLabel = "N", description = "Applicants to generate (default 100000).")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generator seed (default 1).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = bench.root.out();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(bench.root)) {
            Path batch = install.folder().resolve("bench-batch.csv");
            new SyntheticApplicants(seed).writeCsv(batch, count);
            BatchReader reader = new BatchReader();
            RowSource source = (handler, progress) -> reader.read(batch, handler, progress);
            long parseNs = timeParse(source);
            long analysisNs = timeAnalysis(source);
            ImportReport report;
            long totalNs;
            long cpuNs;
            try (ReviewSession session = install.login()) {
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                report = session.imports().importBatch(batch, ImportProgress.NONE);
                totalNs = System.nanoTime() - t0;
                cpuNs = processCpuNanos() - cpu0;
            }
            double total = totalNs / 1e9;
            out.println("import_rows = " + report.added() + " rows (" + report.countsLine() + ")");
            out.println(String.format(Locale.ROOT, "import_parse = %.1f s (reading and validating the CSV alone)", parseNs / 1e9));
            out.println(String.format(Locale.ROOT, "import_analysis = %.1f s (analyzer alone, 2 threads)", analysisNs / 1e9));
            out.println(String.format(Locale.ROOT, "import_total = %.1f s (budget: <= 30 s for 100,000 on 2 cores)", total));
            out.println(String.format(Locale.ROOT, "import_rows_per_s = %.0f rows/s", count / total));
            out.println(String.format(Locale.ROOT, "import_cpu = %.1f s (CPU time of all threads during the import; "
                    + "wall time above depends on what else the machine runs)", cpuNs / 1e9));
            if (install.databaseBytes() > 0) {
                out.println(String.format(Locale.ROOT, "import_db_size = %.0f MB", install.databaseBytes() / 1e6));
            }
            return ExitCode.OK;
        }
    }

    private static long timeParse(RowSource source) throws Exception {
        long t0 = System.nanoTime();
        long[] chars = {0};
        source.read(new BatchRowHandler() {
            @Override
            public void accepted(ApplicantRecord row) {
                chars[0] += row.resumeText().length();
            }

            @Override
            public void rejected(RowRejection rejection) {
            }
        }, (rows, fraction) -> true);
        return System.nanoTime() - t0;
    }

    private static long timeAnalysis(RowSource source) throws Exception {
        Analyzer analyzer = Analyzer.withDefaultPolicy();
        List<String> texts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> pending = new ArrayList<>();
        long[] spent = {0};
        try {
            source.read(new BatchRowHandler() {
                @Override
                public void accepted(ApplicantRecord row) {
                    texts.add(row.resumeText());
                    if (texts.size() == 2000) {
                        spent[0] += analyse(pool, analyzer, texts);
                        texts.clear();
                    }
                }

                @Override
                public void rejected(RowRejection rejection) {
                }
            }, (rows, fraction) -> true);
            spent[0] += analyse(pool, analyzer, texts);
        } finally {
            pool.shutdownNow();
        }
        pending.clear();
        return spent[0];
    }

    /** Time to analyse the texts on the pool's two threads (reading is not counted). */
    private static long analyse(ExecutorService pool, Analyzer analyzer, List<String> texts) {
        long t0 = System.nanoTime();
        int half = texts.size() / 2;
        List<String> a = List.copyOf(texts.subList(0, half));
        List<String> b = List.copyOf(texts.subList(half, texts.size()));
        Future<?> fa = pool.submit(() -> a.forEach(analyzer::analyze));
        Future<?> fb = pool.submit(() -> b.forEach(analyzer::analyze));
        try {
            fa.get();
            fb.get();
        } catch (Exception e) {
            throw new IllegalStateException("The analyzer failed", e);
        }
        return System.nanoTime() - t0;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }
}
