package org.secondlook.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.remediation.TrainingLine;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.signoff.Office;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The training flow in the real window on a real encrypted installation: S-1 and S-2 are signed off for the
 * academy (the tool said LEO), so each has an ENROL record. The administrator imports the academy roster on
 * the Training tab (S-1 passed; a row naming nobody is reported with its row number and reason); then a
 * supervisor, who did not import it, verifies S-1's completion, and the list shows it VERIFIED.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFxTest {
    @TempDir
    static Path dir;
    static Office office;
    static Path roster;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(dir, 2);
        try (ReviewSession rita = office.login("rita", Office.RITA); ReviewSession sam = office.login("sam", Office.SAM)) {
            for (String id : new String[] {"S-1", "S-2"}) {
                rita.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", null, SignOffService.CURRENT);
                sam.signOffs().approve(id, SignOffService.CURRENT);
            }
        }
        roster = dir.resolve("roster.csv");
        Files.writeString(roster, "applicant_id,full_name,date_of_birth,class_number,start_date,end_date,result,hours,"
                + "instructor,remarks\r\n"
                + "S-1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,320,J. Ortiz,\r\n"
                + "NOPE-9,,,BA-2026-14,2026-01-05,2026-03-01,PASS,320,J. Ortiz,\r\n");
    }

    @Start
    void start(Stage stage) {
        ui = new SecondLookUi(stage, office.ws, () -> {
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

    private TrainingView openTrainingTab(FxRobot robot, String user, char[] password) throws Exception {
        robot.clickOn("#login-user").write(user).type(KeyCode.TAB).write(new String(password)).type(KeyCode.ENTER);
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#training-view").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "training-tab".equals(t.getId())).findFirst().orElseThrow()));
        TrainingView view = robot.lookup("#training-view").queryAs(TrainingView.class);
        TableView<TrainingLine> table = robot.lookup("#training-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        return view;
    }

    private static String stateShown(FxRobot robot, String id) {
        TableView<TrainingLine> table = robot.lookup("#training-table").queryTableView();
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).applicantId().equals(id)) {
                row = i;
            }
        }
        return (String) table.getColumns().get(2).getCellData(row);
    }

    @Test
    void importARosterThenAnotherSupervisorVerifiesTheCompletion(FxRobot robot) throws Exception {
        // The administrator imports the roster; an admin may not verify, so there is no Verify button.
        TrainingView view = openTrainingTab(robot, "ada", Office.ADA);
        assertThat(robot.lookup("#training-verify").query().isVisible()).isFalse();
        assertThat(stateShown(robot, "S-1")).isEqualTo("Identified");
        view.setFileChooser((owner, what) -> "roster".equals(what) ? roster : null);
        robot.clickOn("#training-import");
        Label message = robot.lookup("#training-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Roster imported"));
        assertThat(message.getText()).isEqualTo("Roster imported: 1 applied, 0 unchanged, 1 rejected.");
        ListView<String> report = robot.lookup("#training-report").queryListView();
        assertThat(report.getItems()).containsExactly(
                "Row 3 (NOPE-9): applicant_id NOPE-9 matches nobody in this database");
        waitUntil(() -> "Completed".equals(stateShown(robot, "S-1")));
        assertThat(stateShown(robot, "S-2")).isEqualTo("Identified");
        robot.interact(() -> ui.mainWindow().actions().execute(AppAction.LOG_OUT));

        // A supervisor who did not import the roster verifies the completion from the keyboard.
        openTrainingTab(robot, "sam", Office.SAM);
        TableView<TrainingLine> table = robot.lookup("#training-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.applicantId().equals("S-1")).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#training-verify").queryButton().isDisable());
        ListView<String> timeline = robot.lookup("#training-timeline").queryListView();
        assertThat(timeline.getItems()).hasSize(5);
        assertThat(timeline.getItems().get(4)).contains("In training \u2192 Completed, by ada: roster roster.csv row 2");
        ListView<String> evidence = robot.lookup("#training-evidence").queryListView();
        assertThat(evidence.getItems()).containsExactly(
                "Roster roster.csv, row 2: class BA-2026-14, PASS, imported by ada");
        robot.clickOn("#training-table");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

        waitUntil(() -> "Verified".equals(stateShown(robot, "S-1")));
        assertThat(table.getItems()).filteredOn(l -> l.applicantId().equals("S-1")).singleElement()
                .extracting(TrainingLine::state).isEqualTo(RemediationState.VERIFIED);
        assertThat(robot.lookup("#training-message").queryAs(Label.class).getText()).isEqualTo("S-1: completion verified.");
        try (ReviewSession sue = office.login("sue", Office.SUE)) {
            var d = sue.remediation().show("S-1");
            assertThat(d.line().state()).isEqualTo(RemediationState.VERIFIED);
            assertThat(d.verifiedBy()).isEqualTo("sam");
            assertThat(d.evidenceBy()).isEqualTo("ada");
        }
    }
}
