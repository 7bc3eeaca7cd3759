package org.secondlook.ui.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.domain.QueueQuery.SortKey;
import org.secondlook.review.cases.QueueStats;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.blind.BlindMask;

/**
 * The review queue: filters, sort and search go into the query (the database filters and sorts);
 * rows are loaded a page at a time as the table shows them, so 200,000 cases are fine.
 */
public final class QueueViewModel {
    public static final int PAGE_SIZE = 200;

    private final CaseQueries queries;
    private final TaskExecutor executor;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final Set<Integer> requestedPages = new HashSet<>();
    private final List<TaskExecutor.Handle> inFlight = new ArrayList<>();
    private final StringProperty search = new SimpleStringProperty("");
    /** The states to show; none checked means every state. */
    private final ObservableSet<ReviewState> states = FXCollections.observableSet(java.util.EnumSet.noneOf(ReviewState.class));
    private final StringProperty office = new SimpleStringProperty("");
    private final ObjectProperty<ClassifierLabel> label = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> importedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> importedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<SortKey> sort = new SimpleObjectProperty<>(SortKey.RISK);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);
    private final IntegerProperty matching = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<QueueStats> stats = new ReadOnlyObjectWrapper<>(new QueueStats(0, 0, 0));
    private final StringProperty statusLine = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<CaseSummary> selected = new ReadOnlyObjectWrapper<>();
    /** The case that was selected until a refresh found it no longer in the results (null otherwise). */
    private final ReadOnlyObjectWrapper<String> leftResults = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty blindFirst = new SimpleBooleanProperty(false);
    private int generation;
    private QueueQuery filter = QueueQuery.DEFAULT;
    private boolean suspendRefresh;

    public QueueViewModel(CaseQueries queries, TaskExecutor executor) {
        this.queries = queries;
        this.executor = executor;
        InvalidationListener changed = o -> {
            if (!suspendRefresh) {
                refresh();
            }
        };
        for (javafx.beans.Observable p : List.of(search, states, office, label, verdict, reviewer, importedFrom, importedTo, sort, ascending)) {
            p.addListener(changed);
        }
        selectedIndex.addListener((o, a, b) -> updateSelected());
        blindFirst.addListener((o, a, blind) -> {
            suspendRefresh = true;
            try {
                if (blind) {
                    label.set(null);
                    verdict.set(null);
                    if (sort.get() == SortKey.LABEL || sort.get() == SortKey.VERDICT) {
                        sort.set(SortKey.RISK);
                        ascending.set(false);
                    }
                }
            } finally {
                suspendRefresh = false;
            }
            refresh();
        });
    }

    /**
     * Blind first: while set, rows carry no tool label, verdict, months or risk ({@link BlindMask}), and the
     * label and verdict filters are cleared, so the queue gives no answer away.
     */
    public BooleanProperty blindFirstProperty() {
        return blindFirst;
    }

    /** The current filter and sort, as one value (its first page). */
    public QueueQuery filter() {
        return new QueueQuery(blankToNull(search.get()), Set.copyOf(states),
                blankToNull(office.get()), label.get(), verdict.get(), blankToNull(reviewer.get()), importedFrom.get(),
                importedTo.get(), sort.get(), ascending.get(), 0, PAGE_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Runs the query again from the first page (after a filter change, an import or a decision). */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().applicantId();
        filter = filter();
        int gen = ++generation;
        cancelInFlight();
        requestedPages.clear();
        requestedPages.add(0);
        loading.set(true);
        error.set("");
        QueueQuery f = filter;
        inFlight.add(executor.execute(() -> new Loaded(queries.queue(f.page(0, PAGE_SIZE)), queries.stats()), loaded -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            List<QueueRow> fresh = new ArrayList<>(loaded.page.total());
            for (int i = 0; i < loaded.page.total(); i++) {
                fresh.add(new QueueRow(i));
            }
            fill(fresh, 0, shown(loaded.page.rows()));
            matching.set(loaded.page.total());
            stats.set(loaded.stats);
            int still = -1; // the case on screen stays selected while it is in the results' first page
            for (int i = 0; keep != null && i < loaded.page.rows().size(); i++) {
                if (loaded.page.rows().get(i).applicantId().equals(keep)) {
                    still = i;
                }
            }
            if (still < 0) {
                leftResults.set(keep);
                selectedIndex.set(-1);
            }
            rows.setAll(fresh);
            updateStatus();
            if (still >= 0) {
                if (selectedIndex.get() == still) {
                    updateSelected();
                } else {
                    selectedIndex.set(still);
                }
            }
        }, this::failed));
    }

    private record Loaded(QueuePage page, QueueStats stats) {
    }

    /** Makes sure the page holding row {@code index} is loaded (the table asks for what it shows). */
    public void ensureLoaded(int index) {
        if (index < 0 || index >= rows.size() || rows.get(index).summary() != null) {
            return;
        }
        int pageNo = index / PAGE_SIZE;
        if (!requestedPages.add(pageNo)) {
            return;
        }
        int gen = generation;
        QueueQuery f = filter;
        inFlight.add(executor.execute(() -> queries.queue(f.page(pageNo * PAGE_SIZE, PAGE_SIZE)), page -> {
            if (gen == generation) {
                fill(rows, pageNo * PAGE_SIZE, shown(page.rows()));
                updateSelected();
            }
        }, e -> {
            requestedPages.remove(pageNo);
            failed(e);
        }));
    }

    /** Reloads the page holding {@code index} and the counts, keeping rows and selection where they are. */
    public void refreshRow(int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        int pageNo = index / PAGE_SIZE;
        int gen = generation;
        QueueQuery f = filter;
        executor.execute(() -> new Loaded(queries.queue(f.page(pageNo * PAGE_SIZE, PAGE_SIZE)), queries.stats()), loaded -> {
            if (gen == generation) {
                fill(rows, pageNo * PAGE_SIZE, shown(loaded.page.rows()));
                stats.set(loaded.stats);
                updateStatus();
            }
        }, this::failed);
    }

    private List<CaseSummary> shown(List<CaseSummary> page) {
        return blindFirst.get() ? page.stream().map(BlindMask::summary).toList() : page;
    }

    private static void fill(List<QueueRow> target, int offset, List<CaseSummary> page) {
        for (int i = 0; i < page.size() && offset + i < target.size(); i++) {
            target.get(offset + i).set(page.get(i));
        }
    }

    private void failed(Exception e) {
        loading.set(false);
        error.set(ErrorMessages.sentence(e));
    }

    private void cancelInFlight() {
        inFlight.forEach(TaskExecutor.Handle::cancel);
        inFlight.clear();
    }

    private void updateStatus() {
        QueueStats s = stats.get();
        statusLine.set(Messages.get("queue.status", matching.get(), s.total(), s.decidedToday(), s.open()));
    }

    private void updateSelected() {
        int i = selectedIndex.get();
        if (i >= 0) {
            leftResults.set(null);
        }
        if (i >= 0 && i < rows.size()) {
            ensureLoaded(i);
            selected.set(rows.get(i).summary());
        } else {
            selected.set(null);
        }
    }

    /** Moves to the next case; returns false at the end of the queue. */
    public boolean next() {
        if (selectedIndex.get() + 1 >= rows.size()) {
            return false;
        }
        selectedIndex.set(selectedIndex.get() + 1);
        return true;
    }

    public boolean previous() {
        if (selectedIndex.get() <= 0) {
            if (selectedIndex.get() < 0 && !rows.isEmpty()) {
                selectedIndex.set(0);
                return true;
            }
            return false;
        }
        selectedIndex.set(selectedIndex.get() - 1);
        return true;
    }

    /** Sets the sort in one step (the table's column header) and queries once. */
    public void sortBy(SortKey key, boolean asc) {
        suspendRefresh = true;
        try {
            sort.set(key == null ? SortKey.RISK : key);
            ascending.set(key == null ? false : asc);
        } finally {
            suspendRefresh = false;
        }
        refresh();
    }

    /** Back to every case, riskiest first. */
    public void clearFilters() {
        suspendRefresh = true;
        try {
            search.set("");
            states.clear();
            office.set("");
            label.set(null);
            verdict.set(null);
            reviewer.set("");
            importedFrom.set(null);
            importedTo.set(null);
        } finally {
            suspendRefresh = false;
        }
        refresh();
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }

    /**
     * The applicant id of the case that was selected until the last refresh (a search, a filter, a change
     * in the database) left it out of the results; null while a case is selected or none was.
     */
    public ReadOnlyObjectProperty<String> leftResultsProperty() {
        return leftResults.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The states the queue shows (several may be checked); empty for every state. */
    public ObservableSet<ReviewState> states() {
        return states;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public ObjectProperty<ClassifierLabel> labelProperty() {
        return label;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public ObjectProperty<LocalDate> importedFromProperty() {
        return importedFrom;
    }

    public ObjectProperty<LocalDate> importedToProperty() {
        return importedTo;
    }

    public ReadOnlyObjectProperty<SortKey> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public ReadOnlyIntegerProperty matchingProperty() {
        return matching;
    }

    public ReadOnlyObjectProperty<QueueStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<CaseSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
