package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;

/**
 * Reviewers on their own sessions (their own connections: on PostgreSQL, as from other workstations) deciding
 * the same cases at the same time: for every case exactly one decision wins, every other attempt is refused
 * as a conflict (never lost, never a failure of another kind), and the audit chain stays one unbroken chain.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class ConcurrentReviewersTest {
    private static final int REVIEWERS = 6;
    private static final int CASES = 24;
    private static final char[] PW = "a shared test phrase for reviewers".toCharArray();

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void everyCaseHasExactlyOneWinnerAndEveryOtherSaveIsAConflict() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        List<String> ids;
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            for (int r = 0; r < REVIEWERS; r++) {
                admin.accounts().add("r" + r, EnumSet.of(Role.REVIEWER), PW);
            }
            Fixtures.importRecords(admin, Fixtures.applicants(CASES, 11));
            ids = Fixtures.applicants(CASES, 11).stream().map(a -> a.applicantId()).toList();
        }
        ConcurrentHashMap<String, String> winners = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger doubleWins = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        List<ReviewSession> sessions = new ArrayList<>();
        try {
            for (int r = 0; r < REVIEWERS; r++) {
                sessions.add(ws.login("r" + r, PW));
            }
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < REVIEWERS; r++) {
                ReviewSession s = sessions.get(r);
                List<String> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(r));
                done.add(pool.submit(() -> {
                    start.await();
                    for (String id : order) {
                        long seen = s.cases().load(id).lockVersion();
                        try {
                            s.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", null, seen);
                            if (winners.putIfAbsent(id, s.userName()) != null) {
                                doubleWins.incrementAndGet();
                            }
                        } catch (ConflictException e) {
                            conflicts.incrementAndGet();
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
            for (ReviewSession s : sessions) {
                s.close();
            }
        }
        assertThat(doubleWins.get()).as("a case decided twice: a lost update").isZero();
        assertThat(winners).hasSize(CASES);
        assertThat(conflicts.get()).isEqualTo(REVIEWERS * CASES - CASES);
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            for (String id : ids) {
                assertThat(admin.decisions().latest(id)).get()
                        .extracting(org.secondlook.review.decisions.DecisionService.RecordedDecision::decidedBy)
                        .isEqualTo(winners.get(id));
            }
            AuditCheck check = ((LocalReviewSession) admin).auditTrail();
            assertThat(check.ok()).as(String.valueOf(check.problem())).isTrue();
            assertThat(Team.eventsOfType(admin, "DECIDE")).hasSize(CASES);
        }
    }
}
