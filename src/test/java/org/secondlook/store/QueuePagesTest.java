package org.secondlook.store;

import java.time.ZoneOffset;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.QueueQuery.SortKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Applicant;

/**
 * The queue's pages ({@link QueuePages}, through {@link CaseStore#queue}): walking a filter page by page gives
 * every matching case exactly once, in the order asked for, with the right total, whichever way the page is
 * found (plain filters, a search alone, a broad search with a filter, a narrow one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class QueuePagesTest {
    /** One invented case as the test knows it, to compute the expected pages without the store. */
    private record Known(String id, String name, String office, double risk, String text) {
    }

    private static final int CASES = 30;

    @TempDir
    static Path dir;
    static Database db;
    static CaseStore store;
    static final List<Known> known = new ArrayList<>();

    @Parameter
    StoreKind kind;

    @BeforeParameterizedClassInvocation
    void importCases() {
        known.clear();
        db = kind.newDatabase(dir);
        store = new CaseStore(db);
        List<IncomingCase> indexed = new ArrayList<>();
        List<IncomingCase> queued = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            String office = List.of("ERO Denver", "ERO Miami", "ERO Boston").get(i % 3);
            double risk = (i % 7) / 10.0; // many ties: the applicant id breaks them
            String text = "Security officer" + (i % 4 == 0 ? ", county deputy" : "") + (i % 10 == 0 ? ", park ranger" : "");
            Known k = new Known(String.format("A%03d", i), "NAME " + (char) ('A' + (i * 7) % 26), office, risk, text);
            known.add(k);
            // the first half indexed in a segment, the rest still queued for the index
            (i <= CASES / 2 ? indexed : queued).add(row(i, k.id(), k.name(), office, "LEO", "NOT_LE", risk, text));
        }
        StoreFixture.importRows(db, indexed, true);
        StoreFixture.importRows(db, queued, false);
    }

    @AfterParameterizedClassInvocation
    void close() {
        db.close();
    }

    private static final Comparator<Known> QUEUE_ORDER = Comparator.comparingDouble(Known::risk).reversed()
            .thenComparing(Known::id);

    private static QueueQuery filter(String search, String office, SortKey sort, boolean ascending, int offset,
                                     int limit) {
        return new QueueQuery(search, Set.of(), office, null, null, null, null, null, sort, ascending, offset, limit);
    }

    /** Every page of the filter, one after the other, checking each page's total. */
    private static List<String> walk(String search, String office, SortKey sort, boolean ascending, int pageSize,
                                     int expectedTotal) {
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < CASES + pageSize; offset += pageSize) {
            CaseStore.Page page = store.queue(filter(search, office, sort, ascending, offset, pageSize), ZoneOffset.UTC);
            assertThat(page.total()).as("total at offset %d", offset).isEqualTo(expectedTotal);
            assertThat(page.rows().size()).as("page size at offset %d", offset)
                    .isEqualTo(Math.max(0, Math.min(pageSize, expectedTotal - offset)));
            page.rows().stream().map(Applicant::getApplicantId).forEach(all::add);
        }
        return all;
    }

    private static List<String> expected(Predicate<Known> matches, Comparator<Known> order) {
        return known.stream().filter(matches).sorted(order).map(Known::id).toList();
    }

    @Test
    void thePlainQueueInDefaultOrderHasEveryCaseOnceAcrossPageBoundaries() {
        List<String> want = expected(k -> true, QUEUE_ORDER);
        assertThat(walk(null, null, SortKey.RISK, false, 4, CASES)).containsExactlyElementsOf(want);
        assertThat(walk("", null, SortKey.RISK, false, 7, CASES)).containsExactlyElementsOf(want);
    }

    @Test
    void aFilterSortedByNameKeepsTiesInApplicantIdOrder() {
        Predicate<Known> miami = k -> k.office().equals("ERO Miami");
        List<String> want = expected(miami, Comparator.comparing(Known::name).thenComparing(Known::id));
        assertThat(walk(null, "ERO Miami", SortKey.NAME, true, 3, want.size())).containsExactlyElementsOf(want);
    }

    @Test
    void aSearchAloneIsPagedAlongTheQueueOrder() {
        Predicate<Known> deputy = k -> k.text().contains("deputy");
        List<String> want = expected(deputy, QUEUE_ORDER);
        assertThat(want).hasSize(7);
        assertThat(walk("deputy", null, SortKey.RISK, false, 2, 7)).containsExactlyElementsOf(want);
    }

    @Test
    void aBroadSearchWithAFilterIsPagedByWalkingTheQueue() {
        Predicate<Known> match = k -> k.text().contains("deputy") && k.office().equals("ERO Denver");
        List<String> want = expected(match, QUEUE_ORDER);
        assertThat(want).isNotEmpty();
        assertThat(walk("deputy", "ERO Denver", SortKey.RISK, false, 1, want.size()))
                .containsExactlyElementsOf(want);
    }

    @Test
    void aNarrowSearchOrAnotherOrderLooksTheMatchesUp() {
        Predicate<Known> ranger = k -> k.text().contains("ranger");
        assertThat(walk("ranger", null, SortKey.APPLICANT_ID, false, 2, 3))
                .containsExactlyElementsOf(expected(ranger, Comparator.comparing(Known::id).reversed()));
        List<String> officers = expected(k -> k.office().equals("ERO Boston"),
                Comparator.comparing(Known::name).reversed().thenComparing(Known::id));
        assertThat(walk("officer", "ERO Boston", SortKey.NAME, false, 4, officers.size()))
                .containsExactlyElementsOf(officers);
    }

    @Test
    void aSearchThatFindsNothingGivesAnEmptyPage() {
        CaseStore.Page page = store.queue(filter("dolphin", null, SortKey.RISK, false, 0, 10), ZoneOffset.UTC);
        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
