package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.casefile.ResumeArea;
import org.secondlook.ui.fake.FakeDecisions;
import org.secondlook.ui.fake.FakeWorkstation;
import org.secondlook.ui.fake.Samples;
import org.secondlook.ui.queue.QueueRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whole flows in a real window (headless Monocle): log in, queue, highlights, decide. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenFxTest {
    private final FakeWorkstation ws = new FakeWorkstation().withUser("rivera", "correct horse battery", Role.REVIEWER);
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @Start
    void start(Stage stage) {
        ws.cases.add(Samples.deputy());
        ws.cases.add(Samples.compliance());
        ui = new SecondLookUi(stage, ws, () -> {
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

    private void logIn(FxRobot robot, String password) {
        robot.clickOn("#login-user").write("rivera");
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-button");
    }

    @Test
    void logInSeeTheQueueSelectACaseAndFindTheEvidenceHighlightedAtItsRange(FxRobot robot) throws Exception {
        logIn(robot, "wrong password");
        waitUntil(() -> !robot.lookup("#login-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText()).isEqualTo("The user name or password is wrong.");

        robot.clickOn("#login-password").write("correct horse battery");
        robot.clickOn("#login-button");
        waitUntil(() -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == 2);
        TableView<QueueRow> table = robot.lookup("#queue-table").queryTableView();
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) table.getScene().getWindow()).getTitle()).isEqualTo("Second Look \u2014 Austin Field Office");
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText()).isEqualTo("2 of 2 shown \u00b7 0 decided today \u00b7 2 not yet signed off");

        robot.clickOn("Morgan Ellis");
        ResumeArea area = robot.lookup("#resume-area").queryAs(ResumeArea.class);
        waitUntil(() -> area.getText().equals(Samples.COMPLIANCE_TEXT));
        int officer = Samples.COMPLIANCE_TEXT.indexOf("Officer");
        int compliance = Samples.COMPLIANCE_TEXT.indexOf("Compliance Officer");
        Collection<String> before = area.getStyleOfChar(officer - 2);
        assertThat(area.getStyleOfChar(officer)).containsExactly("hl-tool-evidence", "hl-non-le-officer-title");
        assertThat(area.getStyleOfChar(officer + 6)).containsExactly("hl-tool-evidence", "hl-non-le-officer-title");
        assertThat(before).containsExactly("hl-non-le-officer-title");
        assertThat(area.getStyleOfChar(compliance + "Compliance Officer".length())).isEmpty();
        assertThat(area.getStyleOfChar(compliance == 0 ? 0 : compliance - 1)).isEmpty();
        assertThat(robot.lookup("#decision-tool-label").queryAs(Label.class).getText()).isEqualTo("LEO");

        // hovering a highlight shows its explanation beside it
        int aspiration = Samples.COMPLIANCE_TEXT.indexOf("I hope to become");
        javafx.geometry.Bounds bounds = WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(aspiration + 2, aspiration + 6).orElseThrow()).get();
        robot.moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        waitUntil(() -> area.explanationPopup().isShowing());
        assertThat(robot.lookup("#explanation-popup-text").queryAs(Label.class).getText())
                .isEqualTo("Wants to become an officer: Wanting to become an officer is not service.");
    }

    @Test
    void theWholeReviewWorksFromTheKeyboard(FxRobot robot) throws Exception {
        robot.write("rivera").type(KeyCode.TAB).write("correct horse battery").type(KeyCode.ENTER);
        waitUntil(() -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL); // go to the queue: top case opens
        ResumeArea area = robot.lookup("#resume-area").queryAs(ResumeArea.class);
        waitUntil(() -> area.getText().equals(Samples.COMPLIANCE_TEXT));

        robot.type(KeyCode.F3); // first finding selected and shown
        Span first = ui.mainWindow().caseViewModel().spans().get(0);
        waitUntil(() -> area.getSelection().getStart() == first.start());
        assertThat(area.getSelectedText()).isEqualTo("Compliance Officer");
        robot.type(KeyCode.F3);
        assertThat(area.getSelectedText()).isEqualTo("Officer");

        robot.interact(area::requestFocus);
        robot.type(KeyCode.TAB); // Tab leaves the read-only résumé: every control is reachable
        assertThat(area.isFocused()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // Basic academy
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);           // to the reasons for it
        robot.type(KeyCode.ENTER);                                                             // confirm the suggested one
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);           // note
        robot.write("Bank compliance officer");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);  // save and next

        FakeDecisions decisions = ((FakeWorkstation.Session) sessionOf()).decisions;
        waitUntil(() -> decisions.calls.size() == 1);
        assertThat(decisions.calls.get(0)).isEqualTo(new FakeDecisions.Call("A-1002", Track.ACADEMY, "NON_LE_OFFICER_TITLE",
                "Bank compliance officer", 1));
        waitUntil(() -> area.getText().equals(Samples.DEPUTY_TEXT)); // the next case opened
        waitUntil(() -> ws.cases.load("A-1002").summary().state() == ReviewState.DECIDED
                && "Decided".equals(ui.mainWindow().queue().rows().get(0).summary() == null ? ""
                : org.secondlook.ui.Messages.get("state." + ui.mainWindow().queue().rows().get(0).summary().state().name())));
    }

    @Test
    void blindFirstHidesTheToolsLabelUntilATrackIsChosen(FxRobot robot) throws Exception {
        logIn(robot, "correct horse battery");
        waitUntil(() -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == 2);
        robot.interact(() -> ui.mainWindow().decision().blindFirstProperty().set(true));
        robot.clickOn("Dana Whitfield");
        waitUntil(() -> ui.mainWindow().decision().currentCaseProperty().get() != null);
        Label tool = robot.lookup("#decision-tool-label").queryAs(Label.class);
        assertThat(tool.getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#decision-hidden").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#decision-track-leo");
        assertThat(tool.getParent().isVisible()).isTrue();
        assertThat(tool.getText()).isEqualTo("LEO");
        assertThat(robot.lookup("#decision-verdict").queryAs(Label.class).getText()).isEqualTo("Law enforcement");
    }

    @Test
    void aSaveOverSomeoneElsesDecisionIsRefusedShowingTheirsAndKeepingMine(FxRobot robot) throws Exception {
        logIn(robot, "correct horse battery");
        waitUntil(() -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == 2);
        robot.clickOn("Morgan Ellis");
        waitUntil(() -> ui.mainWindow().decision().currentCaseProperty().get() != null);
        ws.cases.setState("A-1002", ReviewState.DECIDED, "pat"); // another window decides first

        robot.clickOn("#decision-track-leo");
        robot.interact(() -> ui.mainWindow().decision().reasonProperty().set(ui.mainWindow().decision().reasons().get(0)));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL); // the note, scrolled into view
        robot.write("Ten years of service");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL); // save

        Label conflict = robot.lookup("#decision-conflict").queryAs(Label.class);
        waitUntil(() -> conflict.isVisible());
        assertThat(conflict.getText()).startsWith("Not saved: someone else changed this case first.")
                .contains("Pat Supervisor decided LEO program");
        assertThat(robot.lookup("#decision-note").queryTextInputControl().getText()).isEqualTo("Ten years of service");
        assertThat(ui.mainWindow().decision().trackProperty().get()).isEqualTo(Track.LEO);
        assertThat(ui.mainWindow().caseViewModel().detail().summary().applicantId()).as("still on the same case").isEqualTo("A-1002");
    }

    private org.secondlook.review.ReviewSession sessionOf() throws Exception {
        java.lang.reflect.Field f = org.secondlook.ui.decision.DecisionViewModel.class.getDeclaredField("session");
        f.setAccessible(true);
        return (org.secondlook.review.ReviewSession) f.get(ui.mainWindow().decision());
    }
}
