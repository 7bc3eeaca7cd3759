package org.secondlook.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Role;
import org.secondlook.review.remediation.DatabaseRemediation;
import org.secondlook.review.remediation.RemediationService;
import org.secondlook.review.remediation.RosterReport;
import org.secondlook.store.AccountStore;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import org.secondlook.store.FileKey;
import org.secondlook.store.RemediationSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench training}: in a throw-away encrypted database holding N signed-off applicants with training
 * records (filled in bulk, not measured), times importing an academy roster of N rows (half PASS, the rest
 * FAIL, WITHDRAWN or still in class: about 3.5 moves a row, audited as one event a row) and then
 * {@code training status}.
 */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Time a roster import of N rows and training status at N records (budget: <= 10 s and <= 200 ms).")
public class BenchTrainingCommand implements Callable<Integer> {
    static final String USER = "bench";

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--count", defaultValue = "100000", paramLabel = "N", description = "Records and roster rows (default 100000).")
    int count;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 1_000_000) {
            throw new org.secondlook.review.InvalidInputException("--count must be between 1 and 1,000,000.");
        }
        PrintWriter out = bench.root.out();
        Path folder = Files.createTempDirectory("secondlook-bench");
        try (FileKey key = FileKey.random(new SecureRandom());
             Database db = Database.create(new DataDirectory(folder.resolve("data")), key)) {
            Clock clock = Clock.systemUTC();
            new AccountStore(db).initialize(USER, EnumSet.of(Role.ADMIN, Role.SUPERVISOR), "Benchmark", clock.instant());
            RemediationSeed.seed(db, count, USER, clock.instant());
            Path roster = folder.resolve("roster.csv");
            writeRoster(roster, count);
            DatabaseRemediation training = new DatabaseRemediation(db, USER, clock);
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            RosterReport report = training.importRoster(roster);
            double importS = (System.nanoTime() - t0) / 1e9;
            double importCpuS = (processCpuNanos() - cpu0) / 1e9;
            training.status(); // first run: warms the query plans
            long[] runs = new long[9];
            for (int i = 0; i < runs.length; i++) {
                long s0 = System.nanoTime();
                training.status();
                runs[i] = System.nanoTime() - s0;
            }
            Arrays.sort(runs);
            long listMs = listCompletedMs(training);
            out.println(String.format(Locale.ROOT, "training_import_s = %.1f s (budget <= 10 s for 100,000 rows)", importS));
            out.println(String.format(Locale.ROOT, "training_status_ms = %.0f ms (median of 9; budget <= 200 ms at 100,000"
                    + " records)", runs[runs.length / 2] / 1e6));
            out.println(String.format(Locale.ROOT, "training_status_max_ms = %.0f ms", runs[runs.length - 1] / 1e6));
            out.println("training_list_completed_ms = " + listMs + " ms (training list --state COMPLETED, every such"
                    + " record; median of 3)");
            out.println(String.format(Locale.ROOT, "training_import_cpu_s = %.1f s (CPU time of all threads during the"
                    + " import; on a busy machine it says more than the wall clock)", importCpuS));
            out.println("training_applied = " + report.applied());
            out.println("training_rejected = " + report.rejected().size());
            return ExitCode.OK;
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** What {@code training list --state COMPLETED} asks for (no limit), after one warm-up: the median of 3, in ms. */
    private static long listCompletedMs(DatabaseRemediation training) {
        var query = new RemediationService.ListQuery(RemediationState.COMPLETED, null, false, null, 0);
        training.list(query);
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long s0 = System.nanoTime();
            training.list(query);
            runs[i] = (System.nanoTime() - s0) / 1_000_000;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    /** Half PASS, a fifth FAIL, a tenth WITHDRAWN, the rest still in class (public for the fault tests). */
    public static void writeRoster(Path file, int count) throws java.io.IOException {
        LocalDate start = LocalDate.of(2026, 1, 5);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "class_number", "start_date", "end_date", "result", "hours", "instructor");
            for (int n = 1; n <= count; n++) {
                int k = n % 10;
                String result = k < 5 ? "PASS" : k < 7 ? "FAIL" : k < 8 ? "WITHDRAWN" : "";
                csv.printRecord(RemediationSeed.id(n), "BA-2026-" + (1 + n % 12), start, result.isEmpty() ? "" : start.plusWeeks(8),
                        result, result.isEmpty() ? "" : "320", "J. Ortiz");
            }
        }
    }
}
