package org.secondlook.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.remediation.OfficeTraining;
import org.secondlook.review.remediation.TrainingConflictOffices;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.signoff.Office;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A training conflict shown and resolved in the real window, on real encrypted installations: Denver and Newark
 * moved S-1's training record differently, headquarters merged both. The supervisor opens the Conflicts tab
 * (which counts the decision conflict and the training conflict), sees both offices' states, writes a reason
 * and keeps Denver's record; the list empties and the choice is in the audit trail.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingConflictsFxTest {
    @TempDir
    static Path dir;
    static TrainingConflictOffices offices;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @BeforeAll
    static void headquarters() throws Exception {
        offices = new TrainingConflictOffices(dir, 1);
    }

    @Start
    void start(Stage stage) {
        ui = new SecondLookUi(stage, offices.hq.ws, () -> {
            throw new AssertionError("no demo here");
        }, executor, UiPreferences.inMemory(), Clock.systemUTC());
        ui.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSupervisorKeepsOneOfficesTrainingRecordWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("sam");
        robot.clickOn("#login-password").write(new String(Office.SAM));
        robot.clickOn("#login-button");
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#training-conflicts-table").tryQuery().isPresent());
        TableView<OfficeTraining.Conflict> table = robot.lookup("#training-conflicts-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().anyMatch(t -> "Conflicts (2)".equals(t.getText())));

        robot.clickOn("Conflicts (2)");
        robot.clickOn(robot.from(table).lookup(TrainingConflictOffices.DENVER).queryLabeled());
        assertThat(robot.from(table).lookup("NOTIFIED").tryQuery()).as("Denver's state").isPresent();
        assertThat(robot.from(table).lookup("IDENTIFIED").tryQuery()).as("Newark's state").isPresent();
        Button keepDenver = robot.lookup("#training-conflicts-keep-other").queryButton();
        assertThat(keepDenver.getText()).isEqualTo("Keep " + TrainingConflictOffices.DENVER + "'s record");
        assertThat(robot.lookup("#training-conflicts-keep-office").queryButton().getText())
                .isEqualTo("Keep " + TrainingConflictOffices.NEWARK + "'s record");
        assertThat(keepDenver.isDisable()).as("no reason yet").isTrue();

        robot.clickOn("#training-conflicts-reason").write("Denver notified the applicant; its roster is the one we use.");
        robot.clickOn(keepDenver);

        waitUntil(() -> table.getItems().isEmpty());
        assertThat(robot.lookup("#training-conflicts-message").queryAs(Label.class).getText())
                .isEqualTo("S-1: " + TrainingConflictOffices.DENVER + "'s training record is kept; "
                        + TrainingConflictOffices.NEWARK + "'s is set aside.");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Conflicts (1)");
        try (ReviewSession ada = offices.hq.login("ada", Office.ADA)) {
            assertThat(ada.remediation().officeConflicts()).isEmpty();
            assertThat(ada.remediation().officeRecords()).filteredOn(OfficeTraining.Record::setAside)
                    .extracting(OfficeTraining.Record::office).containsExactly(TrainingConflictOffices.NEWARK);
            assertThat(ada.audit().events(new AuditTrail.Query(null, "TRAINING_CONFLICT_RESOLVED", "S-1", null, null,
                    null, 10))).singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("sam");
                        assertThat(e.details()).contains("kept " + TrainingConflictOffices.DENVER).contains("roster");
                    });
        }
    }
}
