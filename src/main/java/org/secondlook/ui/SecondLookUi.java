package org.secondlook.ui;

import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.secondlook.review.ReviewSession;
import org.slf4j.LoggerFactory;
import org.secondlook.review.ServerConnector;
import org.secondlook.review.Workstation;
import org.secondlook.ui.login.LoginView;
import org.secondlook.ui.login.LoginViewModel;
import org.secondlook.ui.setup.DemoBatchSource;
import org.secondlook.ui.setup.FirstRunView;
import org.secondlook.ui.setup.FirstRunViewModel;
import org.secondlook.ui.shell.MainWindow;
import org.secondlook.ui.audit.AuditView;
import org.secondlook.ui.audit.AuditViewModel;
import org.secondlook.ui.conflicts.ConflictsView;
import org.secondlook.ui.conflicts.ConflictsViewModel;
import org.secondlook.ui.lock.IdleWatch;
import org.secondlook.ui.lock.LockLayer;
import org.secondlook.ui.lock.LockViewModel;
import org.secondlook.ui.signoff.SignOffView;
import org.secondlook.ui.signoff.SignOffViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.secondlook.ui.theme.Appearance;

/**
 * The window's screens in order: first run (no database yet) or login, then the review screen.
 * Built once by {@code app.DesktopApp} with the services; knows nothing about how they are made.
 */
public final class SecondLookUi {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    static final String IDLE_MINUTES_KEY = "lockIdleMinutes";
    private final Stage stage;
    /** The workstation logged in to: the one given, or the shared server chosen in the first-run dialog. */
    private Workstation workstation;
    /** Offers "a shared server" in the first-run dialog; null where only this workstation's file is offered. */
    private final ServerConnector servers;
    private final DemoBatchSource demo;
    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final Clock clock;
    private final Appearance appearance;
    private final Scene scene;
    private final double width;
    private final double height;
    /** Idle time before the window locks: the per-user setting {@code lockIdleMinutes}, 10 minutes unless set. */
    private final java.time.Duration idleTimeout;
    private ReviewSession session;
    private MainWindow main;
    /** Removes the review screen's key bindings from the scene (they are there only while it is shown). */
    private Runnable reviewKeys = () -> { };
    private Runnable uninstallKeys = () -> { };

    public SecondLookUi(Stage stage, Workstation workstation, DemoBatchSource demo, TaskExecutor executor,
                        UiPreferences prefs, Clock clock) {
        this(stage, workstation, null, demo, executor, prefs, clock);
    }

    /** The window whose first-run dialog also offers a shared server ({@code servers}). */
    public SecondLookUi(Stage stage, Workstation workstation, ServerConnector servers, DemoBatchSource demo,
                        TaskExecutor executor, UiPreferences prefs, Clock clock) {
        this.stage = stage;
        this.workstation = workstation;
        this.servers = servers;
        this.demo = demo;
        this.executor = executor;
        this.prefs = prefs;
        this.clock = clock;
        this.appearance = new Appearance(prefs);
        this.idleTimeout = java.time.Duration.ofMinutes(Math.max(1, prefs.getInt(IDLE_MINUTES_KEY, 10)));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.width = Math.min(WIDTH, screen.getWidth());
        this.height = Math.min(HEIGHT, screen.getHeight());
        this.scene = new Scene(new javafx.scene.layout.StackPane(), width, height);
        appearance.apply(scene);
    }

    /** Shows the first screen: the first-run dialog when there is no database, else the login. */
    public void start() {
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setOnHidden(e -> closeSession(false));
        if (workstation.isInitialized()) {
            showLogin();
        } else {
            show(new FirstRunView(new FirstRunViewModel(workstation, servers, server -> {
                workstation = server; // a server set up already: its people log in
                showLogin();
            }, executor, demo, this::loggedIn)));
        }
        stage.show();
    }

    private void showLogin() {
        show(new LoginView(new LoginViewModel(workstation, executor, this::loggedIn), null));
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    private void loggedIn(ReviewSession s) {
        this.session = s;
        stage.setTitle(Messages.get("app.titleOffice", s.officeName()));
        main = new MainWindow(s, executor, appearance, prefs, clock, new MainWindow.Exits() {
            @Override
            public void logOut() {
                closeSession(true);
                stage.setTitle(Messages.get("app.name"));
                showLogin();
            }

            @Override
            public void quit() {
                closeSession(false);
                stage.close();
                Platform.exit();
            }
        });
        reviewKeys = main.install(scene);
        LockViewModel lock = new LockViewModel(s.userName(), s::verifyPassword, executor);
        show(new LockLayer(workspaces(s), lock, idleTimeout));
        IdleWatch idle = IdleWatch.install(scene, idleTimeout, lock::lock);
        uninstallKeys = () -> {
            idle.stop();
            reviewKeys.run();
            reviewKeys = () -> { };
        };
    }

    /**
     * The menu bar at the top, for every screen; below it the review screen, and beside it as tabs the
     * screens the account's roles open: the blind second review (reviewers), sign-off, audit, QA
     * disagreements (supervisors), training, dashboard and accounts.
     */
    private Parent workspaces(ReviewSession s) {
        javafx.scene.layout.BorderPane shell = new javafx.scene.layout.BorderPane();
        shell.getStyleClass().add("shell-root");
        shell.setTop(main.menuBar());
        shell.setCenter(screens(s));
        return shell;
    }

    private javafx.scene.Node screens(ReviewSession s) {
        boolean signOff = SignOffViewModel.availableTo(s);
        boolean audit = AuditViewModel.availableTo(s);
        boolean conflicts = ConflictsViewModel.availableTo(s);
        boolean accounts = org.secondlook.ui.accounts.AccountsViewModel.availableTo(s);
        boolean training = org.secondlook.ui.training.TrainingViewModel.availableTo(s);
        boolean dashboard = org.secondlook.ui.dashboard.DashboardViewModel.availableTo(s);
        boolean secondReview = org.secondlook.ui.qa.SecondReviewViewModel.availableTo(s);
        boolean settle = org.secondlook.ui.qa.SettleViewModel.availableTo(s);
        if (!signOff && !audit && !conflicts && !accounts && !training && !dashboard && !secondReview && !settle) {
            return main;
        }
        TabPane tabs = new TabPane(tab("review.tab", main));
        if (secondReview) {
            org.secondlook.ui.qa.SecondReviewView view = org.secondlook.ui.qa.SecondReviewView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            tabs.getTabs().add(countedTab("qa-review-tab", "qa.review.tab", "qa.review.tabCount", view,
                    view.viewModel().countProperty()));
        }
        if (signOff) {
            SignOffView view = SignOffView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            view.viewModel().setAfterChange(main.queue()::refresh);
            tabs.getTabs().add(tab("signoff.title", view));
        }
        if (audit) {
            AuditView view = AuditView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            tabs.getTabs().add(tab("audit.title", view));
        }
        if (conflicts) {
            ConflictsView view = ConflictsView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            tabs.getTabs().add(conflictsTab(view));
        }
        if (settle) {
            org.secondlook.ui.qa.SettleView view = org.secondlook.ui.qa.SettleView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            tabs.getTabs().add(countedTab("qa-settle-tab", "qa.settle.tab", "qa.settle.tabCount", view,
                    view.viewModel().countProperty()));
        }
        if (training) {
            org.secondlook.ui.training.TrainingView view = org.secondlook.ui.training.TrainingView.forSession(s, executor, clock);
            view.bindActions(main.actions());
            Tab t = tab("training.tab", view);
            t.setId("training-tab");
            tabs.getTabs().add(t);
        }
        if (dashboard) {
            org.secondlook.ui.dashboard.DashboardView view = org.secondlook.ui.dashboard.DashboardView.forSession(s, executor);
            Tab t = tab("dashboard.tab", view);
            t.setId("dashboard-tab");
            t.setOnSelectionChanged(e -> { // the figures are computed afresh each time the tab is opened
                if (t.isSelected()) {
                    view.viewModel().refresh();
                }
            });
            tabs.getTabs().add(t);
        }
        if (accounts) {
            Tab t = tab("accounts.tab", org.secondlook.ui.accounts.AccountsView.forSession(s, executor));
            t.setId("accounts-tab");
            tabs.getTabs().add(t);
        }
        tabs.setId("workspaces");
        // The review screen's keys (its menu accelerators included) work only while its tab is shown;
        // the sign-off screen uses some of the same keys.
        Tab review = tabs.getTabs().get(0);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            reviewKeys.run();
            reviewKeys = now == review ? main.install(scene) : () -> { };
            main.shownProperty().set(now == review);
        });
        return tabs;
    }

    /** The conflicts tab; its title counts the open conflicts (decisions and training records), e.g. "Conflicts (3)". */
    private static Tab conflictsTab(ConflictsView view) {
        return countedTab("conflicts-tab", "conflicts.tab", "conflicts.tabCount", view,
                javafx.beans.binding.Bindings.createIntegerBinding(
                        () -> view.viewModel().countProperty().get() + view.trainingViewModel().countProperty().get(),
                        view.viewModel().countProperty(), view.trainingViewModel().countProperty()));
    }

    /** A tab whose title counts what waits on it, e.g. "Conflicts (3)"; the plain title when nothing does. */
    private static Tab countedTab(String id, String key, String countKey, javafx.scene.Node content,
                                  javafx.beans.value.ObservableIntegerValue count) {
        Tab t = tab(key, content);
        t.setId(id);
        t.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = count.get();
            return n == 0 ? Messages.get(key) : Messages.get(countKey, n);
        }, count));
        return t;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    /** Closes the database: in the background on sign-out, at once when the window closes. */
    private void closeSession(boolean inBackground) {
        if (session == null) {
            return;
        }
        ReviewSession s = session;
        session = null;
        main = null;
        uninstallKeys.run();
        uninstallKeys = () -> { };
        if (inBackground) {
            executor.execute(() -> {
                s.close();
                return Boolean.TRUE;
            }, done -> { }, e -> LoggerFactory.getLogger(SecondLookUi.class).warn("Closing the database failed"));
        } else {
            try {
                s.close();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(SecondLookUi.class).warn("Closing the database failed", e);
            }
        }
    }

    /** The review screen, once someone is logged in (tests). */
    public MainWindow mainWindow() {
        return main;
    }

    public Appearance appearance() {
        return appearance;
    }
}
