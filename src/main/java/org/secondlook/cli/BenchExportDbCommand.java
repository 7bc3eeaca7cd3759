package org.secondlook.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.ExportFilter;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.store.BenchHistory;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench export-db --count N}: builds a throwaway database of N generated cases (the real import, then a
 * review history in bulk as {@code bench dashboard} writes it), then times the real export of every case from
 * the database to a workbook alone — the path the {@code export} command takes. Prints {@code export_db_total}
 * and {@code export_db_heap_peak}; run it with {@code -Xmx256m} to check the heap budget for real (the building
 * runs in the same heap). Also prints the export's CPU time ({@code export_db_cpu}) and the load average, so a
 * figure taken on a busy machine can be read honestly. On the database server named by {@code --database}, when
 * given.
 */
@Command(name = "export-db", mixinStandardHelpOptions = true,
        description = "Time a real export of every case from the database to a workbook (budget: <= 30 s for 200,000"
                + " cases, run with -Xmx256m).")
public class BenchExportDbCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--count", defaultValue = "200000", paramLabel = "N", description = "Cases to store (default 200000).")
    int count;

    @Option(names = "--seed", defaultValue = "5", paramLabel = "S", description = "Generator seed (default 5).")
    long seed;

    @Option(names = "--output", paramLabel = "FILE.xlsx",
            description = "Keep the workbook here (default: a temporary file, deleted afterwards).")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = bench.root.out();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(bench.root)) {
            Path batch = install.folder().resolve("batch.csv");
            new SyntheticApplicants(seed).writeCsv(batch, count);
            long t0 = System.nanoTime();
            ImportReport report;
            try (ReviewSession session = install.login()) {
                report = session.imports().importBatch(batch, ImportProgress.NONE);
            }
            Files.delete(batch);
            out.println(String.format(Locale.ROOT, "export_db_cases = %d cases (imported in %.1f s)", report.added(),
                    (System.nanoTime() - t0) / 1e9));
            long t1 = System.nanoTime();
            BenchHistory.Filled filled;
            try (Database db = install.openDatabase()) {
                filled = new BenchHistory(db).fill(seed);
            }
            out.println(String.format(Locale.ROOT, "export_db_decisions = %d decisions (written in %.1f s)",
                    filled.decisions(), (System.nanoTime() - t1) / 1e9));
            Path file = output != null ? output : install.folder().resolve("export.xlsx");
            try (ReviewSession session = install.login()) {
                System.gc();
                heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                ExportResult r;
                try {
                    r = session.exchange().export(ExportFilter.ALL, file, null, ExportProgress.NONE);
                } catch (RuntimeException e) {
                    // a read-only or full output folder is named as such, not as the data directory (as export does)
                    throw OutputFailures.naming(e, file, new DataDirectory(install.dataDirectory()).databaseFile());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long cpu = processCpuNanos() - cpuStart;
                long peakBytes = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                out.println("export_db_rows = " + (r.decisions() + r.evidence() + r.auditEvents()) + " rows ("
                        + r.decisions() + " cases, " + r.evidence() + " evidence, " + r.auditEvents() + " audit events)");
                out.println(String.format(Locale.ROOT, "export_db_file = %.1f MB", Files.size(file) / 1e6));
                out.println(String.format(Locale.ROOT, "export_db_total = %.1f s (budget: <= 30 s for 200,000 cases;"
                        + " on %s)", seconds, install.storeName()));
                out.println(String.format(Locale.ROOT, "export_db_heap_peak = %d MB (budget: run with -Xmx256m; sum of"
                        + " the heap pools' peaks during the export, garbage included; max heap %d MB)", peakBytes >> 20,
                        Runtime.getRuntime().maxMemory() >> 20));
                if (cpuStart >= 0) {
                    out.println(String.format(Locale.ROOT, "export_db_cpu = %.1f s (the process's CPU time during the"
                            + " export, every thread; a loaded machine stretches export_db_total, not this)", cpu / 1e9));
                }
                out.println(String.format(Locale.ROOT, "export_db_load = %.1f (the machine's load average over the last"
                        + " minute when the export ended; %d processors)", osBean().getSystemLoadAverage(),
                        osBean().getAvailableProcessors()));
            }
            return ExitCode.OK;
        }
    }

    private static java.lang.management.OperatingSystemMXBean osBean() {
        return ManagementFactory.getOperatingSystemMXBean();
    }

    /** The CPU time of the whole process so far, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return osBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
