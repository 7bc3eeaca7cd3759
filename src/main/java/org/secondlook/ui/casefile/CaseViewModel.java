package org.secondlook.ui.casefile;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.blind.BlindMask;

/**
 * The case on screen: résumé text with its style runs, the findings list, the current finding
 * (next/previous), explanations for a character, the timeline, earlier résumé versions, and the
 * pages of the PDF a résumé came in.
 */
public final class CaseViewModel {
    private final CaseQueries queries;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<OpenedCase> opened = new SimpleObjectProperty<>();
    private final ObservableList<Span> spans = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Integer> versions = FXCollections.observableArrayList();
    private final IntegerProperty currentSpan = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Integer> shownVersion = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<byte[]> originalPages = FXCollections.observableArrayList();
    private final BooleanProperty originalShown = new SimpleBooleanProperty(false);
    private final BooleanProperty originalLoading = new SimpleBooleanProperty(false);
    private final StringProperty originalMessage = new SimpleStringProperty("");
    private final BooleanProperty blindFirst = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** The case as loaded; {@link #opened} holds it, or its blind mask until {@link #reveal()}. */
    private OpenedCase loadedCase;
    private boolean revealed;
    private TaskExecutor.Handle pending;
    private TaskExecutor.Handle pendingPages;
    /** The case and version whose pages are in {@link #originalPages} (or being loaded), or null. */
    private String pagesFor;
    private boolean settingVersion;

    public CaseViewModel(CaseQueries queries, TaskExecutor executor, Clock clock) {
        this.queries = queries;
        this.executor = executor;
        this.clock = clock;
        shownVersion.addListener((o, a, b) -> {
            if (!settingVersion && b != null && opened.get() != null && b != opened.get().detail().resumeVersionNo()) {
                openVersion(b);
            }
        });
        blindFirst.addListener((o, a, b) -> present());
        search.addListener((o, a, b) -> {
            if (loadedCase != null && !SearchMatches.terms(a).equals(SearchMatches.terms(b))) {
                present();
            }
        });
        originalShown.addListener((o, a, b) -> {
            if (b) {
                loadOriginal();
            }
        });
    }

    /** Opens the current version of a case (null clears the view). */
    public void open(String applicantId) {
        notice.set("");
        if (applicantId == null) {
            cancelPending();
            show(null);
            return;
        }
        run(() -> OpenedCase.of(queries.load(applicantId), today()));
    }

    /** Clears the view, saying why in one sentence (the case left the results of a search or filter). */
    public void clear(String sentence) {
        cancelPending();
        show(null);
        notice.set(sentence);
    }

    /** Shows an earlier (or the latest) résumé version of the open case. */
    public void openVersion(int versionNo) {
        OpenedCase now = opened.get();
        if (now == null) {
            return;
        }
        String id = now.detail().summary().applicantId();
        run(() -> OpenedCase.of(queries.load(id, versionNo), today()));
    }

    private void run(TaskExecutor.Work<OpenedCase> work) {
        cancelPending();
        loading.set(true);
        error.set("");
        pending = executor.execute(work, c -> {
            loading.set(false);
            show(c);
        }, e -> {
            loading.set(false);
            if (e instanceof org.secondlook.review.PermissionDeniedException) {
                show(null); // withheld from this account (a blind QA review of it waits): nothing of it stays shown
            }
            error.set(ErrorMessages.sentence(e));
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
        }
    }

    private YearMonth today() {
        return YearMonth.now(clock);
    }

    private void show(OpenedCase c) {
        if (c == null || loadedCase == null
                || !c.detail().summary().applicantId().equals(loadedCase.detail().summary().applicantId())) {
            revealed = false;
        }
        loadedCase = c;
        present();
    }

    /** Blind first: the reviewer has chosen a track, so the case may now be shown as it is. */
    public void reveal() {
        if (!revealed) {
            revealed = true;
            present();
        }
    }

    private void present() {
        OpenedCase c = loadedCase == null || !blindFirst.get() || revealed ? loadedCase
                : OpenedCase.of(BlindMask.detail(loadedCase.detail()), today());
        if (c != null) {
            c = c.withSearch(SearchMatches.terms(search.get()));
        }
        currentSpan.set(-1);
        opened.set(c);
        spans.setAll(c == null ? List.of() : c.spans());
        timeline.setAll(c == null ? List.of() : c.timeline());
        versions.setAll(c == null ? List.of() : c.detail().resumeVersions());
        settingVersion = true;
        shownVersion.set(c == null ? null : c.detail().resumeVersionNo());
        settingVersion = false;
        loadOriginal();
    }

    /**
     * Fills {@link #originalPages()} for the case on screen: rendered in the background, and only while the
     * original is shown (the tab is selected), so switching cases costs nothing otherwise.
     */
    private void loadOriginal() {
        OpenedCase c = opened.get();
        String key = c == null ? null : c.detail().summary().applicantId() + "#" + c.detail().resumeVersionNo();
        if (key != null && key.equals(pagesFor)) {
            return;
        }
        if (pendingPages != null) {
            pendingPages.cancel();
            pendingPages = null;
        }
        originalPages.clear();
        originalLoading.set(false);
        pagesFor = null;
        if (c == null) {
            originalMessage.set(Messages.get("original.none"));
            return;
        }
        if (!"PDF".equalsIgnoreCase(c.detail().resumeSourceType())) {
            pagesFor = key;
            originalMessage.set(Messages.get("original.notPdf"));
            return;
        }
        if (!originalShown.get()) {
            originalMessage.set("");
            return;
        }
        pagesFor = key;
        String id = c.detail().summary().applicantId();
        int versionNo = c.detail().resumeVersionNo();
        originalLoading.set(true);
        originalMessage.set(Messages.get("original.loading"));
        pendingPages = executor.execute(() -> queries.originalPages(id, versionNo), pages -> {
            originalLoading.set(false);
            originalMessage.set(pages.isEmpty() ? Messages.get("original.notKept")
                    : pages.pngs().size() < pages.pageCount()
                    ? Messages.get("original.firstPages", pages.pngs().size(), pages.pageCount())
                    : Messages.get("original.allPages", pages.pageCount()));
            originalPages.setAll(pages.pngs());
        }, e -> {
            originalLoading.set(false);
            pagesFor = null;
            originalMessage.set(ErrorMessages.sentence(e));
        });
    }

    /** Selects the next highlighted span after the current one (wraps to the first). */
    public void nextFinding() {
        if (!spans.isEmpty()) {
            currentSpan.set((currentSpan.get() + 1) % spans.size());
        }
    }

    public void previousFinding() {
        if (!spans.isEmpty()) {
            currentSpan.set(currentSpan.get() <= 0 ? spans.size() - 1 : currentSpan.get() - 1);
        }
    }

    /** The explanations of every span covering the character at {@code index}, one per line. */
    public String explanationAt(int index) {
        List<String> lines = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() <= index && index < s.end()) {
                lines.add(describe(s));
            }
        }
        return String.join("\n", lines);
    }

    /** "Officer title outside law enforcement: the explanation". */
    public static String describe(Span s) {
        String explanation = s.explanation() == null || s.explanation().isBlank() ? "" : ": " + s.explanation();
        return kindLabel(s.kind()) + explanation;
    }

    public static String kindLabel(String kind) {
        String key = "kind." + kind;
        return Messages.has(key) ? Messages.get(key) : Messages.get("kind.other", kind);
    }

    /** Qualifying months as the analyzer counted them, or an empty text when it did not. */
    public String qualifyingMonthsText() {
        OpenedCase c = opened.get();
        if (c == null || c.detail().summary().leMonths() == null) {
            return Messages.get("timeline.noCount");
        }
        return Messages.get("timeline.months", c.detail().summary().leMonths());
    }

    /** The queue's search: its words are marked in the résumé. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Why no case is shown, when there is a reason to say (empty otherwise). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Blind first: while set, a case shows as its {@link BlindMask blind mask} until {@link #reveal()}. */
    public BooleanProperty blindFirstProperty() {
        return blindFirst;
    }

    public ReadOnlyObjectProperty<OpenedCase> openedProperty() {
        return opened;
    }

    public CaseDetail detail() {
        return opened.get() == null ? null : opened.get().detail();
    }

    public ObservableList<Span> spans() {
        return spans;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObservableList<Integer> versions() {
        return versions;
    }

    public IntegerProperty currentSpanProperty() {
        return currentSpan;
    }

    public ObjectProperty<Integer> shownVersionProperty() {
        return shownVersion;
    }

    /** PNG images of the first pages of the PDF the résumé came in; empty for other résumés or until shown. */
    public ObservableList<byte[]> originalPages() {
        return originalPages;
    }

    /** Set while the original is on screen (its tab selected): the pages are rendered only then. */
    public BooleanProperty originalShownProperty() {
        return originalShown;
    }

    public ReadOnlyBooleanProperty originalLoadingProperty() {
        return originalLoading;
    }

    /** One line about the original: loading, how many pages are shown, or why there is none. */
    public ReadOnlyStringProperty originalMessageProperty() {
        return originalMessage;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
