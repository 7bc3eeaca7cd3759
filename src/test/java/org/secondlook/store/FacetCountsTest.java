package org.secondlook.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.QueueQuery.SortKey;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's counts per mix of label, verdict, state, office and reviewer ({@link FacetCounts}), against counts
 * the test works out from the cases it stored.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class FacetCountsTest {
    /** One invented case as the test knows it. */
    private record Known(String id, String label, String verdict, String state, String office, String decidedBy) {
    }

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private static final List<String> OFFICES = Arrays.asList("ERO Denver", "ERO Miami", null);
    private static final List<String> VERDICTS = Arrays.asList("LE", "NOT_LE", "UNCERTAIN", null);

    private static List<Known> cases() {
        List<Known> out = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String state = switch (i % 5) {
                case 0, 1 -> "NEW";
                case 2 -> "DECIDED";
                case 3 -> "SIGNED_OFF";
                default -> "REFERRED";
            };
            String decidedBy = state.equals("DECIDED") || state.equals("SIGNED_OFF") ? (i % 4 < 2 ? "rita" : "sam") : null;
            out.add(new Known(String.format("A%03d", i), i % 3 == 0 ? "NON_LEO" : "LEO", VERDICTS.get(i % 4), state,
                    OFFICES.get((i / 2) % 3), decidedBy));
        }
        return out;
    }

    private static void store(Database db, List<Known> cases) {
        List<IncomingCase> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Known k = cases.get(i);
            rows.add(row(i + 1, k.id(), "Person " + i, k.office(), k.label(), k.verdict(), 0.5, "Résumé " + i));
        }
        StoreFixture.importRows(db, rows, true);
        for (Known k : cases) {
            if (!k.state().equals("NEW")) {
                StoreFixture.sql(db, "update applicant set state = '" + k.state() + "', decided_by = "
                        + (k.decidedBy() == null ? "null" : "'" + k.decidedBy() + "'") + " where applicant_id = '" + k.id() + "'");
            }
        }
    }

    private static QueueQuery filter(Set<String> states, String office, String label, String verdict, String decidedBy) {
        return new QueueQuery(null, states.stream().map(ReviewState::fromCode).collect(Collectors.toSet()), office,
                label == null ? null : ClassifierLabel.valueOf(label), Verdict.parse(verdict), decidedBy, null, null,
                SortKey.RISK, false, 0, 10);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static boolean any(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equals(value);
    }

    private static long expected(List<Known> cases, QueueQuery f) {
        return cases.stream().filter(k -> (f.states().isEmpty() || f.states().contains(ReviewState.fromCode(k.state())))
                && any(f.office(), k.office()) && any(name(f.classifierLabel()), k.label())
                && any(name(f.verdict()), k.verdict()) && any(f.reviewer(), k.decidedBy())).count();
    }

    /** Every mix of the five filters, each value or "any" (null, and blank for the office). */
    private static List<QueueQuery> everyMix() {
        List<QueueQuery> out = new ArrayList<>();
        for (Set<String> states : List.of(Set.<String>of(), Set.of("NEW"), Set.of("DECIDED", "SIGNED_OFF"), Set.of("RETURNED"))) {
            for (String office : Arrays.asList(null, "", "ERO Denver", "ERO Miami")) {
                for (String label : Arrays.asList(null, "LEO", "NON_LEO")) {
                    for (String verdict : Arrays.asList(null, "LE", "NOT_LE", "UNCERTAIN")) {
                        for (String by : Arrays.asList(null, "rita", "sam")) {
                            out.add(filter(states, office, label, verdict, by));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyMixOfFiltersCountsWhatTheTestCountsAndFollowsChanges() {
        List<Known> cases = cases();
        try (Database db = store.newDatabase(dir)) {
            store(db, cases);
            FacetCounts facets = new FacetCounts();
            List<QueueQuery> mixes = everyMix();
            long[] nonZero = {0};
            db.inTransaction(s -> s.doWork(c -> {
                for (QueueQuery f : mixes) {
                    long want = expected(cases, f);
                    assertThat(facets.count(c, f)).as("%s", f).isEqualTo(want);
                    nonZero[0] += want > 0 ? 1 : 0;
                }
            }));
            assertThat(nonZero[0]).as("mixes with cases in them").isGreaterThan(100);
            QueueQuery all = filter(Set.of(), null, null, null, null);
            long allCount = db.fromTransaction(s -> s.doReturningWork(c -> facets.count(c, all)));
            assertThat(allCount).isEqualTo(60);

            // the queue's total is the same figure
            QueueQuery decidedByRita = filter(Set.of("DECIDED"), null, "LEO", null, "rita");
            assertThat(new CaseStore(db).queue(decidedByRita, ZoneOffset.UTC).total()).isEqualTo((int) expected(cases, decidedByRita));

            // a change to the database is counted at the next call: nothing stale is kept
            StoreFixture.sql(db, "update applicant set state = 'DECIDED', decided_by = 'rita' where state = 'NEW'");
            List<Known> changed = cases.stream().map(k -> k.state().equals("NEW")
                    ? new Known(k.id(), k.label(), k.verdict(), "DECIDED", k.office(), "rita") : k).toList();
            db.inTransaction(s -> s.doWork(c -> {
                for (QueueQuery f : mixes) {
                    assertThat(facets.count(c, f)).as("after the change: %s", f).isEqualTo(expected(changed, f));
                }
            }));
        }
    }

    @Test
    void onlyFiltersOnTheFiveColumnsAreAnsweredFromTheCounts() {
        assertThat(FacetCounts.answers(filter(Set.of("NEW"), "ERO Denver", "LEO", "LE", "rita"))).isTrue();
        assertThat(FacetCounts.answers(new QueueQuery(" ", null, null, null, null, null, null, null, null, false, 0, 0)))
                .isTrue();
        assertThat(FacetCounts.answers(new QueueQuery("deputy", null, null, null, null, null, null, null, null, false, 0, 0)))
                .isFalse();
        assertThat(FacetCounts.answers(new QueueQuery(null, null, null, null, null, null, LocalDate.of(2026, 1, 1), null, null,
                false, 0, 0))).isFalse();
        assertThat(FacetCounts.answers(new QueueQuery(null, null, null, null, null, null, null, LocalDate.of(2026, 1, 1), null,
                false, 0, 0))).isFalse();
    }
}
