package org.secondlook.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.ConflictException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.decisions.SignOffService;

/**
 * The work of {@code bench concurrency}: each reviewer on its own session (its own connections) takes the
 * next open case near the top of the queue, opens it, decides it with the version it saw, and every other
 * round approves a decision someone else made. What each got done is tallied; a refusal because another
 * reviewer was faster is a conflict, as the services report it.
 */
final class ConcurrencyRun {
    /**
     * What all reviewers got done, how long opening the next case took (ms of wall clock, one entry per opening)
     * and how much of that was the reviewer thread's own CPU time (ms; the rest was waiting for a core or a lock).
     */
    record Tally(long decisions, long signOffs, long conflicts, long failures, double[] nextCaseMs, double[] nextCaseCpuMs) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<ReviewSession> sessions;
    private final long seconds;

    ConcurrencyRun(List<ReviewSession> sessions, long seconds) {
        this.sessions = sessions;
        this.seconds = seconds;
    }

    Tally run() throws Exception {
        AtomicLong decisions = new AtomicLong();
        AtomicLong signOffs = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<double[]> timings = new ArrayList<>();
        List<double[]> cpuTimings = new ArrayList<>();
        int[] counts = new int[sessions.size()];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < sessions.size(); r++) {
                double[] mine = new double[1 << 16];
                double[] mineCpu = new double[mine.length];
                timings.add(mine);
                cpuTimings.add(mineCpu);
                int index = r;
                done.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                    SplittableRandom random = new SplittableRandom(index);
                    ReviewSession s = sessions.get(index);
                    for (int round = 0; System.nanoTime() < deadline; round++) {
                        try {
                            long t0 = System.nanoTime();
                            long c0 = THREADS.getCurrentThreadCpuTime();
                            String id = nextCase(s, index, random);
                            if (id == null) {
                                break;
                            }
                            long version = s.cases().load(id).lockVersion();
                            if (counts[index] < mine.length) {
                                mineCpu[counts[index]] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                                mine[counts[index]++] = (System.nanoTime() - t0) / 1e6;
                            }
                            s.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", null, version);
                            decisions.incrementAndGet();
                            if (round % 2 == 1 && approveOne(s)) {
                                signOffs.incrementAndGet();
                            }
                        } catch (ConflictException e) {
                            conflicts.incrementAndGet();
                        } catch (PermissionDeniedException | InvalidInputException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(decisions.get(), signOffs.get(), conflicts.get(), failures.get(),
                joined(timings, counts), joined(cpuTimings, counts));
    }

    private static double[] joined(List<double[]> perReviewer, int[] counts) {
        return java.util.stream.IntStream.range(0, perReviewer.size())
                .mapToObj(r -> Arrays.stream(perReviewer.get(r), 0, counts[r]))
                .flatMapToDouble(d -> d).toArray();
    }

    /**
     * An open case near the top of the queue: each reviewer looks at its own stretch, as people do. The count of
     * open cases is not asked for (the window shows it in the queue; the next case does not wait for it).
     */
    private static String nextCase(ReviewSession s, int index, SplittableRandom random) {
        int offset = index * 3 + random.nextInt(3);
        List<CaseSummary> rows = s.cases().rows(new QueueQuery(null, Set.of(ReviewState.NEW), null, null, null, null, null,
                null, QueueQuery.SortKey.RISK, false, offset, 1));
        return rows.isEmpty() ? null : rows.get(0).applicantId();
    }

    /** Approves the oldest decision waiting that this reviewer did not make; false when someone was faster. */
    private static boolean approveOne(ReviewSession s) {
        for (SignOffService.PendingDecision p : s.signOffs().pending(20)) {
            if (!p.ownDecision()) {
                s.signOffs().approve(p.applicantId(), p.lockVersion());
                return true;
            }
        }
        return false;
    }

    /** The q-th quantile (0..1) of {@code values}, in their unit; 0 for none. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
