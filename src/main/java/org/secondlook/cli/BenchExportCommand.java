package org.secondlook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.secondlook.review.exchange.AuditRow;
import org.secondlook.review.exchange.DecisionRow;
import org.secondlook.review.exchange.EvidenceRow;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.review.exchange.ExportSource;
import org.secondlook.exchange.WorkbookExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench export --count N}: writes a workbook of N synthetic decisions (with one evidence row
 * and one audit event each), generated on the fly so that only the writer's own memory counts.
 * Prints {@code export_total} and {@code export_heap_peak}; run it with {@code -Xmx256m} to check the
 * heap budget for real.
 */
@Command(name = "export", description = "Excel export of N synthetic decisions (budget: <= 20 s, <= 256 MB heap).")
public class BenchExportCommand implements Runnable {
    private static final String[] OFFICES = {"ERO Newark", "ERO Denver", "ERO Miami", "ERO Seattle", "ERO Houston"};
    private static final String[] STATES = {"NEW", "DECIDED", "SIGNED_OFF", "RETURNED", "REFERRED"};
    private static final String[] REASONS = {"NOT_SWORN_ROLE", "SWORN_EMPLOYMENT", "PRIVATE_SECURITY", "CORRECTIONS"};

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "200000", description = "Number of decisions (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--output", description = "Workbook to write (default: a temporary file, deleted afterwards).")
    Path output;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Path file = output;
        try {
            if (file == null) {
                file = Files.createTempFile("secondlook-bench-", ".xlsx");
            }
            long start = System.nanoTime();
            ExportResult r = new WorkbookExporter(Clock.systemUTC())
                    .export(new SyntheticSource(count), "Bench office", file, null, ExportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakBytes = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "export_rows = %d rows%n", r.decisions() + r.evidence() + r.auditEvents());
            out.printf(Locale.ROOT, "export_file = %.1f MB%n", Files.size(file) / 1e6);
            out.printf(Locale.ROOT, "export_total = %.1f s (budget: <= 20 s for 200,000 decisions)%n", seconds);
            out.printf(Locale.ROOT, "export_heap_peak = %d MB (budget: <= 256 MB; sum of the heap pools' peaks,"
                    + " garbage included; max heap %d MB)%n", peakBytes >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (output == null && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it up
                }
            }
        }
    }

    /** Rows made up on demand from their index: nothing is held in memory. */
    private record SyntheticSource(int count) implements ExportSource {
        private static final Instant BASE = Instant.parse("2026-01-01T08:00:00Z");

        @Override
        public Stream<DecisionRow> decisions() {
            return LongStream.range(0, count).mapToObj(i -> {
                boolean decided = i % 5 != 0;
                boolean leo = i % 3 == 0;
                Instant at = BASE.plusSeconds(i * 37);
                return new DecisionRow(String.format(Locale.ROOT, "%08d", i), "Applicant " + i, OFFICES[(int) (i % 5)],
                        i % 4 == 0 ? "NON_LEO" : "LEO", leo ? "LE" : "NOT_LE", leo ? (int) (i % 200) : null,
                        decided ? (leo ? "LEO" : "ACADEMY") : null, decided ? REASONS[(int) (i % 4)] : null,
                        decided ? "Checked the employment dates against the résumé." : null,
                        decided ? "reviewer" + i % 7 : null, decided ? at : null,
                        i % 5 == 2 ? "supervisor" + i % 3 : null, i % 5 == 2 ? at.plusSeconds(3600) : null,
                        STATES[(int) (i % 5)]);
            });
        }

        @Override
        public Stream<EvidenceRow> evidence() {
            return LongStream.range(0, count).mapToObj(i -> new EvidenceRow(String.format(Locale.ROOT, "%08d", i),
                    "LE_EMPLOYMENT", 120, 134, "Police Officer", "Sworn municipal police role, 2012–2019."));
        }

        @Override
        public Stream<AuditRow> auditEvents() {
            return LongStream.range(0, count).mapToObj(i -> new AuditRow(i + 1, BASE.plusSeconds(i * 37), "reviewer",
                    "DECIDE", String.format(Locale.ROOT, "%08d", i), "track=ACADEMY reason=NOT_SWORN_ROLE",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        }

        @Override
        public long expectedDecisionRows() {
            return count;
        }
    }
}
