package org.secondlook.review.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;

/**
 * Every figure of {@code metrics}, on a real encrypted database filled through the services with a
 * seeded script of decisions, sign-offs, returns and superseding decisions on a clock moved by hand.
 * The test keeps its own ledger of what it did and computes each figure from that ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class MetricsTest {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final String[] TERMS = {"loan officer", "compliance officer", "petty officer", "police officer",
            "correctional officer", "probation officer", "security officer", "customs officer", "fire officer",
            "credit officer", "finance officer", "safety officer", "parole officer", "peace officer", "chief officer",
            "warrant officer", "privacy officer", "trust officer"};
    private static final String[] OFFICES = {"ERO Newark", "ERO Denver", ""};

    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;
    Office office;
    /** The day the second batch is imported (the day after the first round of work ends). */
    LocalDate secondBatchDay;

    /** The ledger: what the test did to each case. */
    static final class Case {
        final String id;
        final String office;
        final String label;
        final Set<String> terms;
        final Instant importedAt;
        String verdict;
        String state = "NEW";
        Track track;
        String decidedBy;
        Instant decidedAt;
        Instant approvedAt;
        final List<Instant> decisions = new ArrayList<>();

        Case(String id, String office, String label, Set<String> terms, Instant importedAt) {
            this.id = id;
            this.office = office;
            this.label = label;
            this.terms = terms;
            this.importedAt = importedAt;
        }
    }

    /** One sign-off in the ledger: whose decision, on which case, returned or approved. */
    record SignOffDone(Case c, String decidedBy, boolean returned) {
    }

    final Map<String, Case> cases = new LinkedHashMap<>();
    final List<SignOffDone> signOffs = new ArrayList<>();

    @BeforeParameterizedClassInvocation
    void fill() throws Exception {
        cases.clear(); // one instance serves both stores' runs: each keeps its own ledger
        signOffs.clear();
        office = new Office(dir, START, store);
        Random rnd = new Random(16);
        importBatch(rnd, 1, 40);
        act(rnd, 1);
        secondBatchDay = LocalDate.ofInstant(office.clock.instant(), ZoneOffset.UTC).plusDays(1);
        office.clock.advance(Duration.between(office.clock.instant(), secondBatchDay.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        importBatch(rnd, 41, 20);
        act(rnd, 3);
        try (ReviewSession ada = office.login("ada")) {
            for (Case c : cases.values()) {
                var v = ada.cases().load(c.id).summary().verdict();
                c.verdict = v == null ? null : v.name();
            }
        }
    }

    private void importBatch(Random rnd, int first, int n) throws Exception {
        List<Office.Row> rows = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            String id = String.format(Locale.ROOT, "M%04d", i);
            String where = OFFICES[rnd.nextInt(OFFICES.length)];
            Set<String> terms = new LinkedHashSet<>();
            terms.add(TERMS[rnd.nextInt(TERMS.length)]);
            if (rnd.nextInt(3) == 0) {
                terms.add(TERMS[rnd.nextInt(TERMS.length)]);
            }
            StringBuilder text = new StringBuilder("Experience\n");
            int year = 2005 + rnd.nextInt(8);
            for (String t : terms) {
                text.append(title(t)).append(", Example Agency, ").append(year).append("-").append(year + 4).append('\n');
                year += 5;
            }
            String label = rnd.nextInt(5) == 0 ? "NON_LEO" : "LEO";
            // The evidence names each term once, in title case: the figures must fold case.
            String evidence = String.join(";", terms.stream().map(MetricsTest::title).toList());
            rows.add(new Office.Row(id, where, text.toString(), label, evidence));
            cases.put(id, new Case(id, where, label, terms, office.clock.instant()));
        }
        office.importRows(rows);
    }

    private static String title(String term) {
        StringBuilder b = new StringBuilder();
        for (String w : term.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** Rounds of seeded actions over the cases, the clock moving between each. */
    private void act(Random rnd, int rounds) throws Exception {
        try (ReviewSession sam = office.login("sam"); ReviewSession sue = office.login("sue");
             ReviewSession rita = office.login("rita"); ReviewSession rob = office.login("rob")) {
            Map<String, ReviewSession> people = Map.of("sam", sam, "sue", sue, "rita", rita, "rob", rob);
            String[] deciders = {"rita", "rob", "sue"};
            for (int round = 0; round < rounds; round++) {
                List<Case> order = new ArrayList<>(cases.values());
                Collections.shuffle(order, rnd);
                for (Case c : order) {
                    office.clock.advance(Duration.ofMinutes(1 + rnd.nextInt(180)));
                    int p = rnd.nextInt(100);
                    switch (c.state) {
                        case "NEW", "RETURNED" -> {
                            if (p < 70 && !c.id.endsWith("0")) { // every tenth case is never decided: it stays NEW
                                decide(people.get(deciders[rnd.nextInt(3)]), c, rnd.nextBoolean() ? Track.LEO : Track.ACADEMY);
                            }
                        }
                        case "DECIDED" -> {
                            String supervisor = c.decidedBy.equals("sue") || rnd.nextBoolean() ? "sam" : "sue";
                            if (p < 60) {
                                people.get(supervisor).signOffs().approve(c.id, SignOffService.CURRENT);
                                c.state = "SIGNED_OFF";
                                c.approvedAt = office.clock.instant();
                                signOffs.add(new SignOffDone(c, c.decidedBy, false));
                            } else if (p < 75) {
                                people.get(supervisor).signOffs().returnDecision(c.id, "look again", SignOffService.CURRENT);
                                c.state = "RETURNED";
                                signOffs.add(new SignOffDone(c, c.decidedBy, true));
                            }
                        }
                        case "SIGNED_OFF" -> {
                            if (p < 10) { // corrected by its decider: others are kept from a case waiting for blind QA
                                decide(people.get(c.decidedBy), c, c.track == Track.LEO ? Track.ACADEMY : Track.LEO);
                            }
                        }
                        default -> throw new IllegalStateException(c.state);
                    }
                }
            }
        }
    }

    private void decide(ReviewSession who, Case c, Track track) {
        who.decisions().decide(c.id, track, track == Track.LEO ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE",
                null, SignOffService.CURRENT);
        c.state = "DECIDED";
        c.track = track;
        c.decidedBy = who.userName();
        c.decidedAt = office.clock.instant();
        c.approvedAt = null;
        c.decisions.add(c.decidedAt);
    }

    @Test
    void everyFigureMatchesTheLedgerForAllCases() throws Exception {
        check(MetricsScope.all(), c -> true);
    }

    @Test
    void everyFigureMatchesTheLedgerForOneOffice() throws Exception {
        check(new MetricsScope("ERO Newark", null), c -> c.office.equals("ERO Newark"));
    }

    @Test
    void everyFigureMatchesTheLedgerForCasesImportedSinceADay() throws Exception {
        Instant since = secondBatchDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        check(new MetricsScope(null, secondBatchDay), c -> !c.importedAt.isBefore(since));
        check(new MetricsScope("ERO Denver", secondBatchDay),
                c -> !c.importedAt.isBefore(since) && c.office.equals("ERO Denver"));
    }

    @Test
    void everyFigureMatchesTheLedgerForCasesImportedInADateRange() throws Exception {
        LocalDate firstDay = LocalDate.ofInstant(START, ZoneOffset.UTC);
        Instant end = secondBatchDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        check(new MetricsScope(null, firstDay, secondBatchDay.minusDays(1)), c -> c.importedAt.isBefore(end));
        check(new MetricsScope("ERO Newark", null, secondBatchDay), c -> c.office.equals("ERO Newark"));
    }

    @Test
    void theScriptCoveredEveryKindOfCase() {
        Set<String> states = new java.util.HashSet<>();
        cases.values().forEach(c -> states.add(c.state));
        assertThat(states).contains("NEW", "DECIDED", "SIGNED_OFF", "RETURNED");
        assertThat(signOffs).anyMatch(SignOffDone::returned);
        assertThat(cases.values()).anyMatch(c -> c.decisions.size() > 1);
        assertThat(cases.values().stream().flatMap(c -> c.terms.stream()).distinct().count()).isGreaterThan(15);
    }

    @Test
    void reviewersMayNotSeeTheFigures() throws Exception {
        try (ReviewSession rita = office.login("rita"); ReviewSession ada = office.login("ada")) {
            assertThatThrownBy(() -> rita.oversight().metrics(MetricsScope.all()))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("admin or supervisor");
            assertThat(ada.oversight().metrics(MetricsScope.all()).value("cases")).contains("60");
        }
    }

    private void check(MetricsScope scope, Predicate<Case> in) throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        try (ReviewSession sam = office.login("sam")) {
            for (Figure f : sam.oversight().metrics(scope).figures()) {
                assertThat(actual.put(f.name(), f.value())).as("figure %s printed once", f.name()).isNull();
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected(scope, in));
    }

    /** Every figure, computed from the ledger alone. */
    private Map<String, String> expected(MetricsScope scope, Predicate<Case> in) {
        List<Case> s = cases.values().stream().filter(in).toList();
        Map<String, String> e = new LinkedHashMap<>();
        long awaiting = count(s, c -> c.state.equals("DECIDED"));
        long signedOff = count(s, c -> c.state.equals("SIGNED_OFF"));
        e.put("cases", "" + s.size());
        e.put("open", "" + count(s, c -> c.state.equals("NEW") || c.state.equals("RETURNED")));
        e.put("decided", "" + (awaiting + signedOff));
        e.put("awaiting_signoff", "" + awaiting);
        e.put("signed_off", "" + signedOff);
        List<SignOffDone> so = signOffs.stream().filter(x -> in.test(x.c())).toList();
        e.put("returned", "" + so.stream().filter(SignOffDone::returned).count());
        long confirmed = count(s, c -> c.state.equals("SIGNED_OFF") && c.label.equals("LEO") && c.track == Track.LEO);
        long overturned = count(s, c -> c.state.equals("SIGNED_OFF") && c.label.equals("LEO") && c.track == Track.ACADEMY);
        e.put("tool_leo_confirmed", "" + confirmed);
        e.put("tool_leo_overturned", "" + overturned);
        e.put("tool_leo_overturned_share", share(overturned, confirmed + overturned));
        List<Case> decided = s.stream().filter(c -> c.state.equals("DECIDED") || c.state.equals("SIGNED_OFF")).toList();
        hours(e, "hours_to_decision", decided.stream().map(c -> Duration.between(c.importedAt, c.decidedAt)).toList());
        hours(e, "hours_to_signoff", s.stream().filter(c -> c.state.equals("SIGNED_OFF"))
                .map(c -> Duration.between(c.importedAt, c.approvedAt)).toList());
        long compared = count(decided, c -> "LE".equals(c.verdict) || "NOT_LE".equals(c.verdict));
        long agree = count(decided, c -> "LE".equals(c.verdict) && c.track == Track.LEO
                || "NOT_LE".equals(c.verdict) && c.track == Track.ACADEMY);
        e.put("analyzer_agreement_share", share(agree, compared));
        for (String state : List.of("NEW", "REFERRED", "RETURNED", "DECIDED", "SIGNED_OFF")) {
            e.put("cases.state." + state, "" + count(s, c -> c.state.equals(state)));
            for (String o : OFFICES) {
                long n = count(s, c -> c.office.equals(o) && c.state.equals(state));
                if (n > 0 && !state.equals("SIGNED_OFF")) {
                    e.put("backlog." + (o.isEmpty() ? "(none)" : o) + "." + state, "" + n);
                }
            }
        }
        for (String o : OFFICES) {
            String name = "tool_leo.office." + (o.isEmpty() ? "(none)" : o);
            long conf = count(s, c -> c.office.equals(o) && c.state.equals("SIGNED_OFF") && c.label.equals("LEO") && c.track == Track.LEO);
            long over = count(s, c -> c.office.equals(o) && c.state.equals("SIGNED_OFF") && c.label.equals("LEO") && c.track == Track.ACADEMY);
            if (conf + over > 0) {
                e.put(name + ".confirmed", "" + conf);
                e.put(name + ".overturned", "" + over);
                e.put(name + ".overturned_share", share(over, conf + over));
            }
        }
        for (String v : List.of("LE", "NOT_LE", "UNCERTAIN", "NONE")) {
            for (Track t : Track.values()) {
                e.put("analyzer." + v + "." + t, "" + count(decided, c -> c.track == t
                        && v.equals(c.verdict == null ? "NONE" : c.verdict)));
            }
        }
        phrases(e, s);
        // No training record is verified here: the share is 0.00 (as in 'training status'), undefined with --since.
        e.put("verified_share", scope.limitsDays() ? "" : "0.00");
        if (scope.office() == null && !scope.limitsDays()) {
            // Remediation's own counts (its tests check them), passed through for the dashboard.
            try (ReviewSession ada = office.login("ada")) {
                new TreeMap<>(ada.remediation().status().byState()).forEach((state, n) -> e.put("training.state." + state, "" + n));
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
            e.put("training.overdue", "0");
        }
        LocalDate today = LocalDate.ofInstant(office.clock.instant(), ZoneOffset.UTC);
        LocalDate last = scope.until() == null || scope.until().isAfter(today) ? today : scope.until();
        LocalDate first = scope.since() == null ? last.minusDays(29) : scope.since();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            e.put("decisions.day." + d, "" + s.stream().flatMap(c -> c.decisions.stream())
                    .filter(t -> LocalDate.ofInstant(t, ZoneOffset.UTC).equals(day)).count());
            Instant end = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            e.put("backlog.day." + d, "" + count(s, c -> c.importedAt.isBefore(end)
                    && !((c.state.equals("DECIDED") || c.state.equals("SIGNED_OFF")) && c.decidedAt.isBefore(end))));
        }
        Map<String, long[]> perReviewer = new TreeMap<>();
        for (SignOffDone x : so) {
            long[] n = perReviewer.computeIfAbsent(x.decidedBy(), k -> new long[2]);
            n[0]++;
            n[1] += x.returned() ? 1 : 0;
        }
        perReviewer.forEach((who, n) -> {
            e.put("signoffs." + who, "" + n[0]);
            e.put("returned." + who, "" + n[1]);
            e.put("returned_rate." + who, share(n[1], n[0]));
        });
        return e;
    }

    private static void phrases(Map<String, String> e, List<Case> s) {
        Map<String, long[]> byTerm = new HashMap<>();
        for (Case c : s) {
            if (!c.label.equals("LEO")) {
                continue;
            }
            for (String t : c.terms) {
                long[] n = byTerm.computeIfAbsent(t, k -> new long[3]);
                n[0]++;
                n[1] += c.state.equals("SIGNED_OFF") && c.track == Track.LEO ? 1 : 0;
                n[2] += c.state.equals("SIGNED_OFF") && c.track == Track.ACADEMY ? 1 : 0;
            }
        }
        List<Map.Entry<String, long[]>> top = new ArrayList<>(byTerm.entrySet());
        top.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(x -> -x.getValue()[0]).thenComparing(Map.Entry::getKey));
        for (int i = 0; i < Math.min(15, top.size()); i++) {
            long[] n = top.get(i).getValue();
            e.put("phrase." + (i + 1), n[0] + " " + top.get(i).getKey());
            e.put("phrase." + (i + 1) + ".confirmed", "" + n[1]);
            e.put("phrase." + (i + 1) + ".overturned", "" + n[2]);
        }
    }

    /** Median and 90th percentile in hours, by linear interpolation between the closest ranks. */
    private static void hours(Map<String, String> e, String name, List<Duration> waits) {
        List<Long> seconds = new ArrayList<>(waits.stream().map(Duration::getSeconds).toList());
        Collections.sort(seconds);
        e.put(name + "_median", seconds.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", percentile(seconds, 0.5) / 3600));
        e.put(name + "_p90", seconds.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", percentile(seconds, 0.9) / 3600));
    }

    private static double percentile(List<Long> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted.get(lo) + (rank - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    private static long count(List<Case> s, Predicate<Case> p) {
        return s.stream().filter(p).count();
    }
}
