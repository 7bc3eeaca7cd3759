package org.secondlook.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.QueueQuery.SortKey;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeCases;
import org.secondlook.ui.fake.Samples;

class QueueViewModelTest {
    private final FakeCases cases = new FakeCases();
    private final QueueViewModel vm = new QueueViewModel(cases, new CurrentThreadTaskExecutor());

    @Test
    void aLargeQueueLoadsOnlyThePagesShown() {
        Samples.many(5_000).forEach(cases::add);
        vm.refresh();
        assertThat(vm.rows()).hasSize(5_000);
        assertThat(cases.queries).singleElement().satisfies(q -> {
            assertThat(q.offset()).isZero();
            assertThat(q.limit()).isEqualTo(QueueViewModel.PAGE_SIZE);
            assertThat(q.sort()).isEqualTo(SortKey.RISK);
            assertThat(q.ascending()).isFalse();
        });
        assertThat(vm.rows().get(0).summary().applicantId()).isEqualTo("C000000");
        assertThat(vm.rows().get(4_321).summary()).as("not loaded until shown").isNull();

        vm.ensureLoaded(4_321);
        QueueQuery last = cases.queries.get(cases.queries.size() - 1);
        assertThat(last.offset()).isEqualTo(4_200);
        assertThat(vm.rows().get(4_321).summary().applicantId()).isEqualTo("C004321");
        vm.ensureLoaded(4_300);
        assertThat(cases.queries).as("page already loaded").hasSize(2);
    }

    @Test
    void twoHundredThousandCasesAreTwoHundredThousandRowsButOnePageOfQueries() {
        java.util.List<QueueQuery> asked = new java.util.ArrayList<>();
        org.secondlook.review.cases.CaseQueries big = new FakeCases() {
            @Override
            public org.secondlook.review.cases.QueuePage queue(QueueQuery q) {
                asked.add(q);
                java.util.List<org.secondlook.review.cases.CaseSummary> rows = new java.util.ArrayList<>();
                for (int i = q.offset(); i < Math.min(200_000, q.offset() + q.limit()); i++) {
                    rows.add(new org.secondlook.review.cases.CaseSummary("C" + i, "Person " + i, "Austin", org.secondlook.domain.ClassifierLabel.LEO,
                            ReviewState.NEW, org.secondlook.domain.Verdict.NOT_LE, 0, 1.0 - i / 200_000.0, FakeCases.importedAt(), null));
                }
                return new org.secondlook.review.cases.QueuePage(rows, 200_000);
            }
        };
        QueueViewModel many = new QueueViewModel(big, new CurrentThreadTaskExecutor());
        many.refresh();
        assertThat(many.rows()).hasSize(200_000);
        assertThat(asked).hasSize(1);
        many.selectedIndexProperty().set(199_999); // the end of the queue: one more page, nothing else
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1).offset()).isEqualTo(199_800);
        assertThat(many.selectedProperty().get().applicantId()).isEqualTo("C199999");
    }

    @Test
    void filtersAndSortGoIntoTheQuery() {
        cases.add(Samples.deputy());
        cases.add(Samples.compliance());
        vm.refresh();
        assertThat(vm.rows()).extracting(r -> r.summary().applicantId()).containsExactly("A-1002", "A-1001");

        vm.verdictProperty().set(org.secondlook.domain.Verdict.LE);
        QueueQuery q = cases.queries.get(cases.queries.size() - 1);
        assertThat(q.verdict()).isEqualTo(org.secondlook.domain.Verdict.LE);
        assertThat(vm.rows()).extracting(r -> r.summary().applicantId()).containsExactly("A-1001");

        vm.clearFilters();
        vm.states().add(ReviewState.NEW);
        vm.searchProperty().set("ICE officer");
        q = cases.queries.get(cases.queries.size() - 1);
        assertThat(q.states()).containsExactly(ReviewState.NEW);
        vm.states().add(ReviewState.RETURNED);
        assertThat(cases.queries.get(cases.queries.size() - 1).states()).as("two states checked")
                .containsExactlyInAnyOrder(ReviewState.NEW, ReviewState.RETURNED);
        vm.states().remove(ReviewState.RETURNED);
        assertThat(q.search()).isEqualTo("ICE officer");
        assertThat(vm.rows()).extracting(r -> r.summary().applicantId()).containsExactly("A-1002");

        vm.clearFilters();
        int before = cases.queries.size();
        vm.sortBy(SortKey.NAME, true);
        assertThat(cases.queries).as("one query for a sort change").hasSize(before + 1);
        q = cases.queries.get(cases.queries.size() - 1);
        assertThat(q.sort()).isEqualTo(SortKey.NAME);
        assertThat(q.ascending()).isTrue();
        assertThat(vm.rows()).extracting(r -> r.summary().fullName()).containsExactly("Dana Whitfield", "Morgan Ellis");
    }

    @Test
    void statusLineCountsShownDecidedTodayAndOpen() {
        Samples.many(2_400).forEach(cases::add);
        for (int i = 0; i < 41; i++) {
            cases.setState(String.format("C%06d", i), ReviewState.DECIDED, "rivera");
        }
        vm.officeProperty().set("Austin");
        assertThat(vm.statusLineProperty().get()).isEqualTo("1,200 of 2,400 shown \u00b7 41 decided today \u00b7 2,359 not yet signed off");
    }

    @Test
    void nextAndPreviousWalkTheQueue() {
        Samples.many(3).forEach(cases::add);
        vm.refresh();
        assertThat(vm.previous()).as("first step selects the top").isTrue();
        assertThat(vm.selectedProperty().get().applicantId()).isEqualTo("C000000");
        assertThat(vm.next()).isTrue();
        assertThat(vm.next()).isTrue();
        assertThat(vm.selectedProperty().get().applicantId()).isEqualTo("C000002");
        assertThat(vm.next()).isFalse();
        assertThat(vm.previous()).isTrue();
        assertThat(vm.selectedProperty().get().applicantId()).isEqualTo("C000001");
    }

    @Test
    void aFailedQueryShowsASentence() {
        QueueViewModel broken = new QueueViewModel(new FakeCases() {
            @Override
            public org.secondlook.review.cases.QueuePage queue(QueueQuery q) {
                throw new IllegalStateException("boom at jdbc:h2 ...");
            }
        }, new CurrentThreadTaskExecutor());
        broken.refresh();
        assertThat(broken.errorProperty().get()).startsWith("Something went wrong.").doesNotContain("jdbc");
    }
}
