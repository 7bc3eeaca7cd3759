package org.secondlook.ui.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.audit.AuditView;
import org.secondlook.ui.audit.AuditViewModel;
import org.secondlook.ui.decision.DecisionViewModel;
import org.secondlook.ui.decision.ReasonCodes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole sign-off flow on a real encrypted store: the reviewer decides (decision panel's model) →
 * the supervisor returns it with a comment from the sign-off screen (keyboard) → the reviewer sees
 * the comment and decides again → the supervisor approves → the audit screen shows all of it and
 * the chain checks out.
 */
@ExtendWith(ApplicationExtension.class)
class SignOffFlowFxTest {
    @TempDir
    static Path dir;
    static Office office;
    static ReviewSession sam;
    static ReviewSession rita;
    private final FxTaskExecutor executor = new FxTaskExecutor(1);
    private SignOffViewModel signOff;
    private AuditViewModel audit;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(dir, 2);
        sam = office.login("sam", Office.SAM);
        rita = office.login("rita", Office.RITA);
    }

    @AfterAll
    static void close() {
        sam.close();
        rita.close();
    }

    @Start
    void start(Stage stage) {
        signOff = new SignOffViewModel(sam, executor);
        audit = new AuditViewModel(sam, executor, Clock.systemDefaultZone());
        TabPane tabs = new TabPane(new Tab("Sign-off", new SignOffView(signOff, Clock.systemDefaultZone().getZone())),
                new Tab("Audit", new AuditView(audit)));
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The reviewer's decision panel (its view model, as the review screen drives it). */
    private static DecisionViewModel ritaDecides(Track track, String reason, String note) {
        DecisionViewModel d = new DecisionViewModel(rita, new CurrentThreadTaskExecutor(), ReasonCodes.load());
        d.setCase(rita.cases().load("S-1"));
        d.trackProperty().set(track);
        d.reasonProperty().set(d.reasons().stream().filter(r -> r.code().equals(reason)).findFirst().orElseThrow());
        d.noteProperty().set(note);
        d.saveAndNext();
        return d;
    }

    private static ReviewState state() {
        return sam.cases().load("S-1").summary().state();
    }

    @Test
    void reviewerDecidesSupervisorReturnsReviewerDecidesAgainSupervisorApprovesAuditShowsAll(FxRobot robot)
            throws Exception {
        ritaDecides(Track.LEO, "LE_EXPERIENCE_VERIFIED", "Newark PD 2008-2014");
        assertThat(state()).isEqualTo(ReviewState.DECIDED);

        robot.interact(signOff::refresh);
        waitUntil(() -> signOff.rows().size() == 1 && signOff.detailProperty().get() != null);
        assertThat(robot.lookup(".signoff-card-decision").queryAs(Label.class).getText()).contains("LEO program");
        assertThat(robot.lookup(".signoff-card-note").queryAs(Label.class).getText()).contains("Newark PD 2008-2014");
        robot.clickOn("#signoff-comment").write("The loan officer years come later; check the PD dates.");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> state() == ReviewState.RETURNED && signOff.rows().isEmpty());

        DecisionViewModel again = new DecisionViewModel(rita, new CurrentThreadTaskExecutor(), ReasonCodes.load());
        again.setCase(rita.cases().load("S-1"));
        assertThat(again.previousProperty().get())
                .contains("Returned by a supervisor: The loan officer years come later; check the PD dates.");
        ritaDecides(Track.LEO, "LE_EXPERIENCE_VERIFIED", "PD dates checked: 2008-2014");
        assertThat(state()).isEqualTo(ReviewState.DECIDED);

        robot.clickOn("#signoff-list").type(KeyCode.F5);
        waitUntil(() -> signOff.rows().size() == 1 && signOff.canApproveProperty().get());
        robot.clickOn("#signoff-list");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> state() == ReviewState.SIGNED_OFF);
        assertThat(robot.lookup("#signoff-message").queryAs(Label.class).getText()).contains("S-1 is signed off");

        robot.clickOn("Audit");
        robot.clickOn("#audit-subject").write("S-1").type(KeyCode.ENTER);
        waitUntil(() -> !audit.events().isEmpty() && audit.events().get(0).type().equals("SIGN_OFF"));
        @SuppressWarnings("unchecked")
        TableView<AuditTrail.Entry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(e -> e.actor() + " " + e.type())
                .containsExactly("sam SIGN_OFF", "rita DECIDE", "sam RETURN", "rita DECIDE", "ada APPLICANT_ADDED");
        assertThat(table.getItems().get(2).details()).contains("The loan officer years come later");
        robot.clickOn("#audit-verify");
        waitUntil(() -> !audit.chainProperty().get().isEmpty());
        assertThat(robot.lookup("#audit-chain").queryAs(Label.class).getText()).startsWith("Chain intact");
    }
}
