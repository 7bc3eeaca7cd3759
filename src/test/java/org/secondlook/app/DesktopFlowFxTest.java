package org.secondlook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.cases.Span;
import org.secondlook.review.Workstation;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.casefile.ResumeArea;
import org.secondlook.ui.queue.QueueRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The path from file to screen on the real parts: an encrypted H2 data directory, the demo batch
 * imported through BatchImport, a login in the window, the queue, and the tool's evidence
 * highlighted at the character range the store holds.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowFxTest {
    private static final String PASSWORD = "Saguaro-Lantern-42";
    @TempDir
    static Path dataDir;

    private static Workstation workstation;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    /** The slow part (key derivation, writing and importing the demo batch) runs before the window, off the FX thread. */
    @org.junit.jupiter.api.BeforeAll
    static void createDataDirectory() throws Exception {
        workstation = new WorkstationFactory().open(dataDir.resolve("data"));
        workstation.initialize("admin", PASSWORD.toCharArray(), "Phoenix Field Office");
        try (ReviewSession s = workstation.login("admin", PASSWORD.toCharArray())) {
            s.imports().importBatch(new DemoBatchFiles().writeDemoBatch(), org.secondlook.review.imports.ImportProgress.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        ui = new SecondLookUi(stage, workstation, new DemoBatchFiles(), executor, UiPreferences.inMemory(), Clock.systemUTC());
        ui.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void logInSeeTheDemoRowsSelectOneAndFindTheEvidenceAtItsRange(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("admin");
        robot.clickOn("#login-password").write(PASSWORD);
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == DemoBatchFiles.COUNT);
        TableView<QueueRow> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().get(0).summary() != null);
        assertThat(((Stage) table.getScene().getWindow()).getTitle()).isEqualTo("Second Look \u2014 Phoenix Field Office");

        // the first row the tool labelled LEO, i.e. with evidence
        int row = -1;
        for (int i = 0; i < 20 && row < 0; i++) {
            if (table.getItems().get(i).summary().classifierLabel() == org.secondlook.domain.ClassifierLabel.LEO) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        String id = table.getItems().get(row).summary().applicantId();
        int target = row;
        robot.interact(() -> ui.mainWindow().queue().selectedIndexProperty().set(target));
        robot.clickOn(table.getItems().get(row).summary().fullName());

        CaseDetail stored;
        try (ReviewSession s = workstation.login("admin", PASSWORD.toCharArray())) {
            stored = s.cases().load(id);
        }
        ResumeArea area = robot.lookup("#resume-area").queryAs(ResumeArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getText().equals(stored.resumeText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored.toolEvidence()).isNotEmpty();
        for (Span e : stored.toolEvidence()) {
            assertThat(area.getText(e.start(), e.end())).isEqualToIgnoringCase("officer");
            assertThat(area.getStyleOfChar(e.start())).contains("hl-tool-evidence");
            assertThat(area.getStyleOfChar(e.end() - 1)).contains("hl-tool-evidence");
            if (e.end() < stored.resumeText().length()) {
                assertThat(area.getStyleOfChar(e.end())).doesNotContain("hl-tool-evidence");
            }
        }
    }

    @Test
    void theOriginalTabShowsTheFirstPageOfAPdfResume(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("admin");
        robot.clickOn("#login-password").write(PASSWORD);
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == DemoBatchFiles.COUNT);
        TableView<QueueRow> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().get(0).summary() != null);

        int row = -1;
        try (ReviewSession s = workstation.login("admin", PASSWORD.toCharArray())) {
            for (int i = 0; i < table.getItems().size() && row < 0 && table.getItems().get(i).summary() != null; i++) {
                if ("PDF".equals(s.cases().load(table.getItems().get(i).summary().applicantId()).resumeSourceType())) {
                    row = i;
                }
            }
        }
        assertThat(row).as("the demo batch has PDF résumés").isNotNegative();
        int target = row;
        robot.interact(() -> {
            table.scrollTo(target);
            ui.mainWindow().queue().selectedIndexProperty().set(target);
        });
        robot.clickOn(table.getItems().get(row).summary().fullName());
        robot.clickOn("Original");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#original-pages .original-page").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.ImageView page = robot.lookup("#original-pages .original-page").query();
        assertThat(page.getImage().getWidth()).as("US Letter at 96 dpi").isEqualTo(816);
        assertThat(page.getImage().isError()).isFalse();
        assertThat(robot.lookup("#original-message").queryLabeled().getText())
                .matches("The (PDF as it came|first \\d+ of \\d+ pages of the PDF).*");
    }
}
