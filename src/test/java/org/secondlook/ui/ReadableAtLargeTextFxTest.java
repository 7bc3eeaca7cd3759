package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.casefile.CaseView;
import org.secondlook.ui.casefile.ResumeArea;
import org.secondlook.ui.theme.Appearance;
import org.secondlook.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisor's two reading screens at the window's default size, at 100 % and 150 % text, light and
 * dark: the sign-off list and the QA disagreements draw every word (no "…", no text wider than its cell,
 * no sideways scroll bar), the résumé shows at least twelve lines, the findings at least three whole rows,
 * and nothing on the screen has to be scrolled to reach the comment and the button.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableAtLargeTextFxTest {
    private static final int RESUME_LINES = 12;
    private static final int FINDING_ROWS = 3;
    @TempDir
    static Path dir;
    private Stage stage;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void signOffListAndCaseAreReadableAtBothSizesInBothThemes(FxRobot robot) throws Exception {
        LocalWorkstation ws = TourOffice.open(dir.resolve("signoff"));
        try (ReviewSession rita = ws.login("rita", TourOffice.RITA_PW)) { // a long note: the card wraps it
            String id = rita.cases().queue(org.secondlook.domain.QueueQuery.all(0, 60)).rows().stream()
                    .filter(r -> r.state() == org.secondlook.domain.ReviewState.NEW).findFirst().orElseThrow().applicantId();
            rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", "Sworn patrol officer with the Newark police"
                    + " department from 2009 to 2019, confirmed by the academy certificate attached to the application.",
                    rita.cases().load(id).lockVersion());
        }
        SecondLookUi ui = signIn(robot, ws);
        select(robot, "Sign-off");
        var signOff = robot.lookup("#signoff-view").queryAs(org.secondlook.ui.signoff.SignOffView.class).viewModel();
        waitUntil(() -> signOff.rows().size() == 4 && signOff.caseFile().detail() != null);
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#signoff-list").queryAs(ListView.class);
        CaseView caseView = robot.lookup("#signoff-case").queryAs(CaseView.class);
        robot.interact(() -> signOff.selectedProperty().set(signOff.rows().stream()
                .filter(p -> p.track() == Track.LEO).findFirst().orElseThrow())); // the card with the long note
        waitUntil(() -> signOff.caseFile().detail() != null);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (int percent : List.of(100, 150)) {
                show(robot, ui, theme, percent);
                String at = theme + " at " + percent + " %";
                eventually(() -> {
                    List<Labeled> cards = Readable.shownIn(list, "signoff-card");
                    assertThat(cards).as("card lines drawn, " + at).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(Readable.textOf(cards)).as(at).contains("LEO program \u2014 Sworn law-enforcement service confirmed in the r\u00e9sum\u00e9",
                            "Note: Sworn patrol officer with the Newark police department from 2009 to 2019, confirmed by"
                            + " the academy certificate attached to the application.",
                            "Basic academy \u2014 \"Officer\" is a job title outside"
                            + " law enforcement (compliance, loan, security, and so on)");
                    Readable.assertWhole(cards, list, at);
                    Readable.assertNoSidewaysBar(list, at);
                    assertReadableCase(caseView, at);
                    Readable.assertWhole(buttons(robot, "#signoff-approve", "#signoff-return", "#signoff-mark",
                            "#signoff-review-marked", "#signoff-refresh"), stage.getScene().getRoot(), at);
                });
            }
        }
    }

    @Test
    void qaSettleScreenIsReadableAtBothSizesInBothThemesWithoutScrolling(FxRobot robot) throws Exception {
        LocalWorkstation ws = TourOffice.withDisagreement(dir.resolve("qa"));
        SecondLookUi ui = signIn(robot, ws);
        select(robot, "qa-settle-tab");
        var settle = robot.lookup("#qa-settle-view").queryAs(org.secondlook.ui.qa.SettleView.class).viewModel();
        waitUntil(() -> !settle.rows().isEmpty() && settle.caseFile().detail() != null);
        Node table = robot.lookup("#qa-settle-table").query();
        CaseView caseView = robot.lookup("#qa-settle-case").queryAs(CaseView.class);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (int percent : List.of(100, 150)) {
                show(robot, ui, theme, percent);
                String at = theme + " at " + percent + " %";
                eventually(() -> {
                    List<Labeled> cells = Readable.shownIn(table, "table-cell");
                    cells.addAll(Readable.shownIn(table, "label"));
                    assertThat(Readable.textOf(cells)).as(at).contains("A0000029", "rita: LEO program", "rob: Basic academy");
                    Readable.assertWhole(cells, table, at);
                    Readable.assertNoSidewaysBar(table, at);
                    List<Labeled> answers = Readable.shownIn(robot.lookup("#qa-settle-answers").query(), "label");
                    assertThat(Readable.textOf(answers)).as(at).contains("LEO program \u2014 Sworn law-enforcement service"
                            + " confirmed in the r\u00e9sum\u00e9");
                    Readable.assertWhole(answers, stage.getScene().getRoot(), at);
                    assertReadableCase(caseView, at);
                    for (Node n : stage.getScene().getRoot().lookupAll(".scroll-pane")) {
                        if (n instanceof ScrollPane s && Readable.visible(s) && s.getContent() != null
                                && s.getStyleClass().stream().anyMatch(c -> c.equals("decision-scroll") || c.equals("settle-case-scroll"))) {
                            assertThat(s.getContent().getLayoutBounds().getHeight()).as("the screen's " + s.getStyleClass()
                                    + " content height, " + at).isLessThanOrEqualTo(s.getViewportBounds().getHeight() + 1);
                        }
                    }
                    Readable.assertWhole(buttons(robot, "#qa-settle-button", "#qa-settle-refresh"), stage.getScene().getRoot(), at);
                });
            }
        }
    }

    private SecondLookUi signIn(FxRobot robot, LocalWorkstation ws) throws Exception {
        SecondLookUi[] ui = new SecondLookUi[1];
        robot.interact(() -> {
            ui[0] = new SecondLookUi(stage, ws, () -> {
                throw new IllegalStateException("no demo batch here");
            }, executor, UiPreferences.inMemory(), Clock.systemDefaultZone());
            ui[0].start(); // at the default size: the pom gives Monocle a screen that holds it
        });
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#login-user").queryTextInputControl().setText("lee");
            robot.lookup("#login-password").queryTextInputControl().setText(new String(TourOffice.LEE_PW));
            robot.lookup("#login-button").queryButton().fire();
        });
        waitUntil(() -> ui[0].mainWindow() != null && robot.lookup("#workspaces").tryQuery().isPresent());
        assertThat(stage.getWidth()).as("the window's width").isEqualTo(SecondLookUi.WIDTH);
        assertThat(stage.getHeight()).as("the window's height").isEqualTo(SecondLookUi.HEIGHT);
        return ui[0];
    }

    /** Selects the tab with this id or, for a tab without one, this title. */
    private static void select(FxRobot robot, String idOrTitle) {
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> idOrTitle.equals(t.getId()) || idOrTitle.equals(t.getText())).findFirst().orElseThrow()));
    }

    private static void show(FxRobot robot, SecondLookUi ui, Theme theme, int percent) {
        robot.interact(() -> {
            ui.appearance().themeProperty().set(theme);
            ui.appearance().textSizeProperty().set(Math.round(Appearance.DEFAULT_SIZE * percent / 100f));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The résumé's visible lines and the findings rows drawn whole. */
    private static void assertReadableCase(CaseView caseView, String at) {
        ResumeArea area = caseView.area();
        Font font = area.lookupAll(".text").stream().filter(n -> n instanceof Text t && !t.getText().isBlank())
                .map(n -> ((Text) n).getFont()).findFirst().orElseThrow();
        Text probe = new Text("Ag");
        probe.setFont(font);
        double lines = (area.getHeight() - area.getInsets().getTop() - area.getInsets().getBottom())
                / probe.getLayoutBounds().getHeight();
        assertThat(lines).as("résumé lines shown, " + at).isGreaterThanOrEqualTo(RESUME_LINES);
        ListView<?> findings = caseView.findingsList();
        assertThat(findings.getItems()).as("findings of the case").hasSizeGreaterThanOrEqualTo(FINDING_ROWS);
        Bounds view = findings.localToScene(findings.getLayoutBounds());
        long whole = findings.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(b -> b.getHeight() > 0 && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5)
                .count();
        assertThat(whole).as("findings rows shown whole, " + at).isGreaterThanOrEqualTo(FINDING_ROWS);
        for (Node n : findings.lookupAll(".list-cell")) { // a row as tall as what it holds (after a change of size too)
            if (n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null && c.getGraphic() != null) {
                assertThat(c.getGraphic().getBoundsInParent().getMaxY()).as("the row of \"" + c.getItem() + "\" holds its"
                        + " text, " + at).isLessThanOrEqualTo(c.getHeight() + 0.5);
            }
        }
        Readable.assertWhole(Readable.shownIn(findings, "label"), findings, at);
    }

    private static List<Labeled> buttons(FxRobot robot, String... ids) {
        List<Labeled> out = new ArrayList<>();
        for (String id : ids) {
            out.add(robot.lookup(id).queryAs(Labeled.class));
        }
        return out;
    }

    /** Runs {@code check} until it passes (layout may take a few pulses after a change), or fails with its last error. */
    private static void eventually(Runnable check) throws Exception {
        AssertionError[] last = new AssertionError[1];
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    WaitForAsyncUtils.asyncFx(check::run).get();
                    return true;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AssertionError a) {
                        last[0] = a;
                        return false;
                    }
                    throw e;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw last[0] != null ? last[0] : new AssertionError(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
