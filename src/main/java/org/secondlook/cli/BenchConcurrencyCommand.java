package org.secondlook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.domain.Role;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.cases.StatusReport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.store.BenchCases;
import org.secondlook.store.Database;
import org.secondlook.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench concurrency}: many reviewers on one store at once, each on its own session and account,
 * deciding and signing off for a fixed time. Given an empty PostgreSQL database ({@code --database}), or
 * without it a throwaway encrypted file, it sets up its own accounts and cases (a real import of the first
 * {@value #IMPORTED}, the rest copied from them in bulk). Prints what got done and
 * whether anything was lost: {@code lost_updates} compares what the reviewers were told was saved with what
 * the store holds, {@code chain_breaks} is the audit chain's check.
 */
@Command(name = "concurrency", description = "Reviewers deciding and signing off at once on one store (budget: "
        + "0 lost updates, 0 chain breaks, next_case_p99 <= 50 ms).")
public class BenchConcurrencyCommand implements Callable<Integer> {
    /** Cases imported for real; more are copied from these. */
    static final int IMPORTED = 2_000;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--reviewers", defaultValue = "20", paramLabel = "N", description = "Reviewers working at once (default 20).")
    int reviewers;

    @Option(names = "--cases", defaultValue = "100000", paramLabel = "N", description = "Cases to set up first: "
            + "the first 2000 imported, the rest copied from them (default 100000).")
    int cases;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S", description = "How long they work (default 60).")
    int seconds;

    @Option(names = "--database", paramLabel = "URL", description = "An empty PostgreSQL database (default: a throwaway encrypted file).")
    String database;

    @Option(names = "--database-password-file", paramLabel = "FILE", description = "File holding the database server's password.")
    Path databasePasswordFile;

    @Override
    public Integer call() throws Exception {
        if (reviewers < 2 || cases < 1 || seconds < 1) {
            throw new org.secondlook.review.InvalidInputException("Give at least 2 reviewers, 1 case and 1 second.");
        }
        PrintWriter out = bench.root.out();
        ServerAddress server = server();
        Path pwFile = databasePasswordFile != null ? databasePasswordFile : bench.root.global().databasePasswordFile();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(bench.root, server, pwFile)) {
            long[] setupNs = setUp(install);
            char[] password = install.password();
            List<ReviewSession> sessions = new ArrayList<>();
            ConcurrencyRun.Tally tally;
            try {
                for (int r = 0; r < reviewers; r++) {
                    sessions.add(install.workstation().login(reviewer(r), password));
                }
                tally = new ConcurrencyRun(sessions, seconds).run();
            } finally {
                for (ReviewSession s : sessions) {
                    s.close();
                }
            }
            try (ReviewSession admin = install.login()) {
                report(out, install.storeName(), tally, admin.status(), admin.verifyAudit(), setupNs);
            }
            return ExitCode.OK;
        }
    }

    /**
     * The accounts, then the cases: up to {@value #IMPORTED} through a real import (analysis, evidence, word
     * index), the rest copied from those in bulk ({@link BenchCases}). Returns the import's and the copies' times (ns).
     */
    private long[] setUp(ThrowawayInstallation install) throws Exception {
        char[] password = install.password();
        long t0;
        try (ReviewSession admin = install.login()) {
            for (int r = 0; r < reviewers; r++) {
                admin.accounts().add(reviewer(r), EnumSet.of(Role.REVIEWER, Role.SUPERVISOR), password);
            }
            Path batch = install.folder().resolve("bench-batch.csv");
            new SyntheticApplicants(1).writeCsv(batch, Math.min(cases, IMPORTED));
            t0 = System.nanoTime();
            admin.imports().importBatch(batch, ImportProgress.NONE);
            Files.delete(batch);
        }
        long t1 = System.nanoTime();
        if (cases > IMPORTED) {
            try (Database db = install.openDatabase()) {
                new BenchCases(db).multiply(cases);
            }
        }
        return new long[] {t1 - t0, System.nanoTime() - t1};
    }

    private void report(PrintWriter out, String store, ConcurrencyRun.Tally t, StatusReport status, AuditCheck audit,
                        long[] setupNs) {
        long signedOff = status.byState().getOrDefault("SIGNED_OFF", 0L);
        long decided = status.byState().getOrDefault("DECIDED", 0L);
        // Every case was NEW before; each saved decision left one case DECIDED, each approval moved one on.
        long lost = Math.abs(signedOff - t.signOffs()) + Math.abs(decided - (t.decisions() - t.signOffs()));
        out.println("store = " + store);
        out.println("reviewers = " + reviewers);
        out.println("cases = " + status.cases());
        out.println(String.format(Locale.ROOT, "setup_import = %.1f s (%d cases imported)", setupNs[0] / 1e9,
                Math.min(cases, IMPORTED)));
        out.println(String.format(Locale.ROOT, "setup_copies = %.1f s (%d cases copied from those in bulk)", setupNs[1] / 1e9,
                Math.max(0, cases - IMPORTED)));
        out.println(String.format(Locale.ROOT, "decisions_per_s = %.1f decisions/s", t.decisions() / (double) seconds));
        out.println("decisions = " + t.decisions());
        out.println("sign_offs = " + t.signOffs());
        out.println("conflicts = " + t.conflicts() + " (another reviewer was faster; reported as conflicts)");
        out.println("other_refusals = " + t.failures());
        out.println("lost_updates = " + lost + " (budget: 0)");
        out.println("chain_breaks = " + (audit.ok() ? 0 : 1) + " (budget: 0; events = " + audit.events() + ")");
        out.println(String.format(Locale.ROOT, "next_case_p99 = %.1f ms (budget: <= 50 ms; queue page and case opened)",
                ConcurrencyRun.quantile(t.nextCaseMs(), 0.99)));
        out.println(String.format(Locale.ROOT, "next_case_p50 = %.1f ms", ConcurrencyRun.quantile(t.nextCaseMs(), 0.5)));
        out.println(String.format(Locale.ROOT, "next_case_cpu_p99 = %.1f ms (the reviewer thread's own CPU time; the rest of "
                + "next_case is waiting for a core or a lock: %d threads on %d processors)",
                ConcurrencyRun.quantile(t.nextCaseCpuMs(), 0.99), reviewers, Runtime.getRuntime().availableProcessors()));
    }

    private ServerAddress server() {
        if (database == null || database.isBlank()) {
            return bench.root.serverAddress();
        }
        try {
            return ServerAddress.parse(database);
        } catch (IllegalArgumentException e) {
            throw new org.secondlook.review.InvalidInputException(e.getMessage(), e);
        }
    }

    private static String reviewer(int r) {
        return String.format(Locale.ROOT, "reviewer%02d", r + 1);
    }
}
