package org.secondlook.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.secondlook.cli.ExitCode;
import org.secondlook.cli.ThrowawayInstallation;
import org.secondlook.domain.ReviewState;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.casefile.OpenedCase;
import org.secondlook.ui.queue.QueueViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench review}: fills a temporary database with N generated cases, then drives the review
 * screen's own view models with no JavaFX toolkit — "next case" until the case is loaded and its
 * highlight style runs are computed, and filters and searches applied to the queue — and prints
 * {@code open_next_p99} and {@code filter_p95}. Lives in {@code app} because it needs both the
 * command line and the UI's view models.
 */
@Command(name = "review", description = "Time opening the next case and filtering the queue (budget: open_next_p99 <= 30 ms, filter_p95 <= 150 ms with 200,000 cases).")
final class BenchReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "200000", paramLabel = "N", description = "Cases to store (default 200000).")
    int count;

    @Option(names = "--opens", defaultValue = "1000", paramLabel = "N", description = "Next-case steps to time (default 1000).")
    int opens;

    @Option(names = "--seed", defaultValue = "3", paramLabel = "S", description = "Generator seed (default 3).")
    long seed;

    private final WorkstationFactory workstations;

    BenchReviewCommand(WorkstationFactory workstations) {
        this.workstations = workstations;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ThrowawayInstallation install = ThrowawayInstallation.create(workstations)) {
            Path batch = install.folder().resolve("batch.csv");
            new SyntheticApplicants(seed).writeCsv(batch, count);
            try (ReviewSession session = install.login()) {
                long t0 = System.nanoTime();
                ImportReport report = session.imports().importBatch(batch, ImportProgress.NONE);
                out.println(String.format(Locale.ROOT, "review_cases = %d cases (filled in %.1f s)",
                        report.added(), (System.nanoTime() - t0) / 1e9));
                measure(session, out);
            }
            return ExitCode.OK;
        }
    }

    private void measure(ReviewSession session, PrintWriter out) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        QueueViewModel queue = new QueueViewModel(session.cases(), executor);
        CaseViewModel caseVm = new CaseViewModel(session.cases(), executor, Clock.systemDefaultZone());
        // The same hand-over as the main window: a newly selected queue row opens that case.
        queue.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                caseVm.open(b.applicantId());
            }
        });
        queue.refresh();

        int warmup = Math.min(200, opens);
        List<Double> openMs = new ArrayList<>(opens);
        for (int i = 0; i < warmup + opens; i++) {
            long s = System.nanoTime();
            if (!queue.next()) {
                break;
            }
            OpenedCase opened = caseVm.openedProperty().get();
            double ms = (System.nanoTime() - s) / 1e6;
            if (opened == null || !opened.detail().summary().applicantId().equals(queue.selectedProperty().get().applicantId())) {
                throw new IllegalStateException("The next case did not open.");
            }
            if (i >= warmup) {
                openMs.add(ms);
            }
        }

        List<Double> indexedMs = time(queue, indexedSteps(session));
        List<Double> textMs = time(queue, textSearchSteps());
        List<Double> allMs = new ArrayList<>(indexedMs);
        allMs.addAll(textMs);
        out.println(String.format(Locale.ROOT, "open_next_p50 = %.1f ms", percentile(openMs, 50)));
        out.println(String.format(Locale.ROOT, "open_next_p99 = %.1f ms (budget: <= 30 ms with 200,000 cases)", percentile(openMs, 99)));
        out.println(String.format(Locale.ROOT, "filter_p95 = %.1f ms (budget: <= 150 ms with 200,000 cases; all filters and searches below)", percentile(allMs, 95)));
        out.println(String.format(Locale.ROOT, "filter_indexed_p95 = %.1f ms (state, label, verdict, office, id and name)", percentile(indexedMs, 95)));
        out.println(String.format(Locale.ROOT, "filter_text_search_p95 = %.1f ms (words in the résumé text)", percentile(textMs, 95)));
        out.println("filter_runs = " + allMs.size() + " runs");
    }

    private static List<Double> time(QueueViewModel queue, List<Consumer<QueueViewModel>> steps) {
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Consumer<QueueViewModel> step : steps) {
                long s = System.nanoTime();
                step.accept(queue);
                ms.add((System.nanoTime() - s) / 1e6);
            }
        }
        return ms;
    }

    /** Filters a reviewer uses, and searches by id and name: each applied to the queue, then cleared. */
    private static List<Consumer<QueueViewModel>> indexedSteps(ReviewSession session) {
        String someId = session.cases().queue(QueueQuery.all(0, 1)).rows().get(0).applicantId();
        String someName = session.cases().queue(QueueQuery.all(100, 1)).rows().get(0).fullName();
        String office = session.cases().queue(QueueQuery.all(50, 1)).rows().get(0).fieldOffice();
        String surname = someName.substring(someName.lastIndexOf(' ') + 1);
        return List.of(
                q -> q.states().add(ReviewState.NEW),
                q -> q.labelProperty().set(org.secondlook.domain.ClassifierLabel.LEO),
                q -> q.verdictProperty().set(org.secondlook.domain.Verdict.NOT_LE),
                QueueViewModel::clearFilters,
                q -> q.officeProperty().set(office),
                QueueViewModel::clearFilters,
                q -> q.searchProperty().set(someId),
                q -> q.searchProperty().set(surname),
                QueueViewModel::clearFilters);
    }

    /** Searches for words that stand only in résumé texts. */
    private static List<Consumer<QueueViewModel>> textSearchSteps() {
        return List.of(
                q -> q.searchProperty().set("compliance"),
                q -> q.searchProperty().set("deputy sheriff"),
                QueueViewModel::clearFilters);
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
