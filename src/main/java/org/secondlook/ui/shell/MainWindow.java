package org.secondlook.ui.shell;

import java.io.File;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.action.ShortcutOverlay;
import org.secondlook.ui.batch.ImportViewModel;
import org.secondlook.ui.casefile.CaseView;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.DecisionView;
import org.secondlook.ui.decision.DecisionViewModel;
import org.secondlook.ui.decision.ReasonCodes;
import org.secondlook.ui.exporting.ExportDialog;
import org.secondlook.ui.exporting.ExportViewModel;
import org.secondlook.ui.queue.QueueView;
import org.secondlook.ui.queue.QueueViewModel;
import org.secondlook.ui.theme.Appearance;
import org.secondlook.ui.theme.Theme;

/**
 * The review screen after login: the toolbar from the action table, the queue above, the case and
 * the decision panel below, and the status line. Wires the view models to each other. Its menu bar
 * ({@link #menuBar()}) goes at the top of the window, above the tabs; the queue, case and decision
 * actions in it work only while this screen is shown ({@link #shownProperty()}).
 */
public final class MainWindow extends BorderPane {
    static final String BLIND_FIRST_KEY = "blindFirst";

    private final ReviewSession session;
    private final QueueViewModel queue;
    private final CaseViewModel caseVm;
    private final DecisionViewModel decision;
    private final ImportViewModel importer;
    private final ActionRegistry actions = new ActionRegistry();
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final TaskExecutor executor;
    private final Clock clock;
    private final Appearance appearance;
    private final javafx.scene.control.MenuBar menuBar;
    private final QueueView queueView;
    private final CaseView caseView;
    private final DecisionView decisionView;

    /** What the window needs from outside: leaving (log out, quit). */
    public interface Exits {
        void logOut();

        void quit();
    }

    public MainWindow(ReviewSession session, TaskExecutor executor, Appearance appearance, UiPreferences prefs,
                      Clock clock, Exits exits) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.appearance = appearance;
        getStyleClass().add("shell-root");
        queue = new QueueViewModel(session.cases(), executor);
        caseVm = new CaseViewModel(session.cases(), executor, clock);
        decision = new DecisionViewModel(session, executor, ReasonCodes.load());
        importer = new ImportViewModel(executor);
        decision.blindFirstProperty().set(prefs.getBoolean(BLIND_FIRST_KEY, false));
        decision.blindFirstProperty().addListener((o, a, b) -> prefs.put(BLIND_FIRST_KEY, Boolean.toString(b)));
        wire(queue, caseVm, decision);

        queueView = new QueueView(queue, prefs);
        caseView = new CaseView(caseVm);
        decisionView = new DecisionView(decision, bindActions(appearance, exits));

        javafx.scene.control.ScrollPane decisionScroll = new javafx.scene.control.ScrollPane(decisionView);
        decisionScroll.setFitToWidth(true);
        decisionScroll.getStyleClass().add("decision-scroll");
        decisionScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, was, now) -> ScrollIntoView.ensureVisible(decisionScroll, now));
            }
        });
        SplitPane lower = new SplitPane(caseView, decisionScroll);
        SplitPane.setResizableWithParent(decisionScroll, false);
        SplitPane main = new SplitPane(queueView, lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(prefs.getFraction("layout.queueSplit", 0.36));
        lower.setDividerPositions(prefs.getFraction("layout.caseSplit", 0.75));
        main.getDividers().get(0).positionProperty().addListener((o, a, b) -> prefs.put("layout.queueSplit", b.toString()));
        lower.getDividers().get(0).positionProperty().addListener((o, a, b) -> prefs.put("layout.caseSplit", b.toString()));
        menuBar = actions.menuBar();
        menuBar.setId("menu-bar");
        setTop(toolBar());
        setCenter(main);
        setBottom(statusBar());
        queue.refresh();
    }

    /**
     * Wires the review screen's view models to each other: the queue's selection opens the case, the
     * opened case goes to the decision panel, a save moves on; blind first reaches the queue's rows and
     * the case, and the case is revealed once a track is chosen.
     */
    public static void wire(QueueViewModel queue, CaseViewModel caseVm, DecisionViewModel decision) {
        queue.blindFirstProperty().bind(decision.blindFirstProperty());
        caseVm.blindFirstProperty().bind(decision.blindFirstProperty());
        decision.evidenceRevealedProperty().addListener((o, a, shown) -> {
            if (shown) {
                caseVm.reveal();
            }
        });
        caseVm.searchProperty().bind(queue.searchProperty());
        queue.selectedProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                String left = queue.leftResultsProperty().get();
                if (left != null) { // not in the results any more: not left on screen as if it were
                    caseVm.clear(Messages.get("case.leftResults", left));
                }
                return; // else a page is reloading under the selection; keep the case on screen
            }
            String id = b == null ? null : b.applicantId();
            String shown = caseVm.detail() == null ? null : caseVm.detail().summary().applicantId();
            if (id != null && !id.equals(shown) || id == null && a == null) {
                caseVm.open(id);
            }
        });
        caseVm.openedProperty().addListener((o, a, b) -> decision.setCase(b == null ? null : b.detail()));
        decision.setListener((id, moveToNext) -> {
            int at = queue.selectedIndexProperty().get();
            queue.refreshRow(at);
            if (moveToNext) {
                if (!queue.next()) {
                    caseVm.open(id);
                }
            } else {
                caseVm.open(id);
            }
        });
    }

    private ActionRegistry bindActions(Appearance appearance, Exits exits) {
        BooleanProperty importAllowed = new SimpleBooleanProperty(session.may(Permission.IMPORT));
        actions.bind(AppAction.IMPORT_BATCH, this::chooseAndImport, importAllowed.and(importer.runningProperty().not()));
        actions.bind(AppAction.EXPORT_WORKBOOK, this::showExport, new SimpleBooleanProperty(ExportViewModel.availableTo(session)));
        actions.bind(AppAction.LOG_OUT, exits::logOut);
        actions.bind(AppAction.QUIT, exits::quit);
        // Queue, case and decision actions: only while the review screen is the one shown.
        onReview(AppAction.FOCUS_SEARCH, () -> queueView.focusSearch(), null);
        onReview(AppAction.FOCUS_QUEUE, () -> queueView.focusTable(), null);
        onReview(AppAction.CLEAR_FILTERS, queue::clearFilters, null);
        onReview(AppAction.REFRESH, queue::refresh, null);
        onReview(AppAction.NEXT_CASE, queue::next, null);
        onReview(AppAction.PREVIOUS_CASE, queue::previous, null);
        onReview(AppAction.NEXT_FINDING, caseVm::nextFinding, Bindings.isNotEmpty(caseVm.spans()));
        onReview(AppAction.PREVIOUS_FINDING, caseVm::previousFinding, Bindings.isNotEmpty(caseVm.spans()));
        onReview(AppAction.TRACK_LEO, () -> decision.trackProperty().set(org.secondlook.domain.Track.LEO), decision.mayDecideProperty());
        onReview(AppAction.TRACK_ACADEMY, () -> decision.trackProperty().set(org.secondlook.domain.Track.ACADEMY),
                decision.mayDecideProperty());
        onReview(AppAction.PICK_REASON, () -> decisionView.focusReason(), decision.mayDecideProperty());
        onReview(AppAction.EDIT_NOTE, () -> decisionView.focusNote(), decision.mayDecideProperty());
        onReview(AppAction.SAVE_AND_NEXT, decision::saveAndNext, decision.mayDecideProperty().and(decision.busyProperty().not()));
        onReview(AppAction.REFER, decision::refer, decision.canReferProperty());
        onReview(AppAction.UNDO_DECISION, decision::undoLast, new SimpleBooleanProperty(
                session.may(Permission.DECIDE)).and(decision.busyProperty().not()));
        actions.bind(AppAction.TEXT_BIGGER, appearance::bigger);
        actions.bind(AppAction.TEXT_SMALLER, appearance::smaller);
        actions.bind(AppAction.TEXT_RESET, appearance::resetSize);
        actions.bind(AppAction.THEME_LIGHT, () -> appearance.themeProperty().set(Theme.LIGHT));
        actions.bind(AppAction.THEME_DARK, () -> appearance.themeProperty().set(Theme.DARK));
        actions.bind(AppAction.THEME_HIGH_CONTRAST, () -> appearance.themeProperty().set(Theme.HIGH_CONTRAST));
        actions.bindToggle(AppAction.BLIND_FIRST, decision.blindFirstProperty());
        actions.bind(AppAction.SHORTCUTS, this::showShortcuts);
        return actions;
    }

    private void onReview(AppAction action, Runnable run, javafx.beans.value.ObservableBooleanValue enabled) {
        actions.bind(action, run, enabled == null ? shown : shown.and(javafx.beans.binding.BooleanExpression.booleanExpression(enabled)));
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (AppAction a : new AppAction[] {AppAction.IMPORT_BATCH, AppAction.EXPORT_WORKBOOK, AppAction.REFRESH, null, AppAction.PREVIOUS_CASE,
                AppAction.NEXT_CASE, null, AppAction.PREVIOUS_FINDING, AppAction.NEXT_FINDING, null, AppAction.SHORTCUTS}) {
            if (a == null) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            } else {
                Button b = actions.button(a);
                b.setFocusTraversable(false);
                bar.getItems().add(b);
            }
        }
        return bar;
    }

    /**
     * ControlsFX's status bar: the queue's line as its text, the import's (or the office's) progress as its
     * bar, and on the right the import's message, its Cancel and who is signed in.
     */
    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(queue.statusLineProperty());
        bar.progressProperty().bind(Bindings.when(importer.runningProperty()).then(importer.progressProperty())
                .otherwise(Bindings.when(queue.loadingProperty()).then(-1.0).otherwise(progressOfDecided())));
        Label importMessage = new Label();
        importMessage.setId("import-message");
        importMessage.textProperty().bind(importer.messageProperty());
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(importer.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> importer.cancel());
        Label who = new Label(Messages.get("status.user", session.userName(), session.officeName()));
        who.setId("status-user");
        HBox right = new HBox(10, importMessage, cancel, who);
        right.setAlignment(Pos.CENTER_RIGHT);
        bar.getRightItems().add(right);
        return bar;
    }

    /** Share of the batch no longer open: the bar fills as the office works through the queue. */
    private javafx.beans.binding.DoubleBinding progressOfDecided() {
        return Bindings.createDoubleBinding(() -> {
            var s = queue.statsProperty().get();
            return s.total() == 0 ? 0.0 : (s.total() - s.open()) / (double) s.total();
        }, queue.statsProperty());
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.fileTypes"),
                "*.csv", "*.xlsx", "*.jsonl"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports a batch file and refreshes the queue afterwards. */
    public void importFile(java.nio.file.Path file) {
        importer.importFile(session.imports(), file, queue::refresh);
    }

    private void showExport() {
        javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
        ExportDialog.show(owner, new ExportViewModel(session, executor), appearance);
    }

    private void showShortcuts() {
        ShortcutOverlay.create(getScene() == null ? null : getScene().getWindow(), actions.shortcutRows()).show();
    }

    /** Installs the keys that are not menu accelerators ({@code ?}, alternative text-size keys). */
    public Runnable install(Scene scene) {
        return actions.install(scene, this::showShortcuts);
    }

    /** The menus (all action groups), for the top of the window. */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** Whether this screen is the one on view (false while another tab is selected). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ActionRegistry actions() {
        return actions;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public CaseViewModel caseViewModel() {
        return caseVm;
    }

    public DecisionViewModel decision() {
        return decision;
    }

    public CaseView caseView() {
        return caseView;
    }

    public QueueView queueView() {
        return queueView;
    }
}
