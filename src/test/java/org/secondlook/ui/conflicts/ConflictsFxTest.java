package org.secondlook.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.MergeConflicts.Conflict;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.signoff.Office;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A conflict resolved in the window, on real encrypted installations: two offices decide S-1
 * differently, headquarters merges both packages; the supervisor logs in, opens the Conflicts tab,
 * compares the two decisions, writes a reason and takes the incoming one.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsFxTest {
    @TempDir
    static Path dir;
    static Headquarters hq;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @BeforeAll
    static void headquarters() throws Exception {
        hq = new Headquarters(dir);
    }

    @Start
    void start(Stage stage) {
        ui = new SecondLookUi(stage, hq.hq.ws, () -> {
            throw new AssertionError("no demo here");
        }, executor, UiPreferences.inMemory(), Clock.systemUTC());
        ui.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        return ui.mainWindow().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aSupervisorTakesTheIncomingDecisionWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("sam");
        robot.clickOn("#login-password").write(new String(Office.SAM));
        robot.clickOn("#login-button");
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#conflicts-table").tryQuery().isPresent());
        TableView<Conflict> table = robot.lookup("#conflicts-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);

        // The menu bar is at the very top, above the tab strip.
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        Bounds menu = ui.mainWindow().menuBar().localToScene(ui.mainWindow().menuBar().getBoundsInLocal());
        Bounds strip = robot.lookup(".tab-header-area").query().localToScene(
                robot.lookup(".tab-header-area").query().getBoundsInLocal());
        assertThat(menu.getMinY()).isEqualTo(0.0);
        assertThat(menu.getMaxY()).isLessThanOrEqualTo(strip.getMinY());
        assertThat(menuItem("menu-REFRESH").isDisable()).as("review keys work on the Review tab").isFalse();

        robot.clickOn("Conflicts (1)");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Conflicts (1)");
        assertThat(menuItem("menu-REFRESH").isDisable()).as("review keys are off on other tabs").isTrue();
        assertThat(menuItem("menu-EXPORT_WORKBOOK").isDisable()).as("File menu works everywhere").isFalse();

        robot.clickOn(robot.from(table).lookup("S-1").queryLabeled());
        waitUntil(() -> robot.lookup("#conflicts-incoming-track").queryAs(Label.class).getText().equals("LEO program"));
        assertThat(robot.lookup("#conflicts-current-track").queryAs(Label.class).getText()).isEqualTo("Basic academy");
        assertThat(robot.lookup("#conflicts-incoming-note").queryAs(Label.class).getText())
                .isEqualTo("Newark PD 2008-2014, checked with the department.");
        assertThat(robot.lookup("#conflicts-current-note").queryAs(Label.class).getText()).isEqualTo("Loan officer only.");
        assertThat(robot.lookup("#conflicts-take").queryButton().isDisable()).as("no reason yet").isTrue();

        robot.clickOn("#conflicts-reason").write("Newark checked the badge number with the department.");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#conflicts-take").query().isFocused()).as("Tab leaves the reason for the buttons").isTrue();
        robot.clickOn("#conflicts-take");

        waitUntil(() -> table.getItems().isEmpty());
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Conflicts");
        assertThat(robot.lookup("#conflicts-message").queryAs(Label.class).getText())
                .isEqualTo("S-1: the decision from ERO Newark is now in force; the one it replaced stays in the history.");
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            assertThat(ada.decisions().latest("S-1")).get().satisfies(d -> {
                assertThat(d.track()).isEqualTo(Track.LEO);
                assertThat(d.note()).isEqualTo("Newark PD 2008-2014, checked with the department.");
            });
            assertThat(ada.exports().conflicts().open()).isEmpty();
            assertThat(ada.audit().events(new AuditTrail.Query(null, "CONFLICT_RESOLVED", "S-1", null, null, null, 10)))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("sam");
                        assertThat(e.details()).contains("took ERO Newark").contains("badge number");
                    });
        }
    }
}
