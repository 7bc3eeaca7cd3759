package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.theme.Appearance;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A day's work in the real window on a real encrypted store: first run → the administrator adds a
 * reviewer and a supervisor → the reviewer decides a case in three keys with the suggested reason →
 * the supervisor signs it off from a list whose cells are not cut at 100 % and 150 % text → the audit
 * tab shows both events without anyone pressing Filter.
 */
@ExtendWith(ApplicationExtension.class)
class DayOfWorkFxTest {
    private static final String RESUME = "MORGAN ELLIS\nCompliance Officer, First Harbor Bank\n2015 - 2022\n"
            + "Reviewed loan files and trained branch staff on anti-money-laundering rules.\n";
    @TempDir
    static Path dir;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private LocalWorkstation ws;
    private SecondLookUi ui;

    @Start
    void start(Stage stage) {
        ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(50)).open(dir.resolve("data"));
        ui = new SecondLookUi(stage, ws, this::oneCaseBatch, executor, UiPreferences.inMemory(), Clock.systemDefaultZone());
        ui.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private Path oneCaseBatch() throws Exception {
        Path batch = dir.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label", "classifier_evidence");
            csv.printRecord("SL26-000417", "Morgan Ellis", "ERO Denver", RESUME, "LEO", "officer");
        }
        return batch;
    }

    /**
     * Reads a value on the FX thread: the audit list is refilled there as events arrive, so iterating it from the test
     * thread can meet a half-done change (a ConcurrentModificationException in a fresh-clone CI run).
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
    }

    private void signIn(FxRobot robot, String user, String password) throws Exception {
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        robot.clickOn("#login-user").write(user).type(KeyCode.TAB).write(password).type(KeyCode.ENTER);
        waitUntil(() -> ui.mainWindow() != null && !ui.mainWindow().queue().loadingProperty().get());
    }

    private void signOut(FxRobot robot) throws Exception {
        robot.interact(() -> ui.mainWindow().actions().execute(AppAction.LOG_OUT));
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
    }

    private void addAccount(FxRobot robot, String name, boolean reviewer, String password) throws Exception {
        robot.clickOn("#account-name").write(name);
        if (robot.lookup("#account-role-reviewer").queryAs(javafx.scene.control.CheckBox.class).isSelected() != reviewer) {
            robot.clickOn("#account-role-reviewer");
        }
        if (!reviewer) {
            robot.clickOn("#account-role-supervisor");
        }
        robot.clickOn("#account-password").write(password).clickOn("#account-repeat").write(password).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#setup-accounts").queryAs(javafx.scene.control.Label.class).getText().contains(name));
    }

    @Test
    void firstRunAccountsThreeKeyDecisionReadableSignOffAndALiveAuditTrail(FxRobot robot) throws Exception {
        // first run: Enter submits the form; then the first reviewer and supervisor, then the demo batch
        robot.clickOn("#setup-office").write("Denver Field Office");
        robot.clickOn("#setup-admin").write("ada");
        robot.clickOn("#setup-password").write("violet tangerine harbor");
        robot.clickOn("#setup-repeat").write("violet tangerine harbor").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#account-name").tryQuery().map(Node::isVisible).orElse(false));
        addAccount(robot, "rita", true, "silver canyon notebook");
        addAccount(robot, "sam", false, "granite orchard whistle");
        assertThat(robot.lookup("#setup-accounts").queryAs(javafx.scene.control.Label.class).getText())
                .contains("rita (Reviewer)").contains("sam (Supervisor)");
        robot.clickOn("#setup-load-demo");
        waitUntil(() -> ui.mainWindow() != null && ui.mainWindow().queue().rows().size() == 1);
        signOut(robot);

        // the reviewer: the queue is readable at 100 % and 150 % text (headers and cells), blind or not
        signIn(robot, "rita", "silver canyon notebook");
        @SuppressWarnings("unchecked")
        TableView<Object> queue = robot.lookup("#queue-table").queryAs(TableView.class);
        waitUntil(() -> renderedCells(queue).contains("Morgan Ellis"));
        assertReadableAtBothSizes(robot, queue);
        boolean blind = ui.mainWindow().decision().blindFirstProperty().get();
        robot.interact(() -> ui.mainWindow().decision().blindFirstProperty().set(!blind));
        WaitForAsyncUtils.waitForFxEvents();
        assertReadableAtBothSizes(robot, queue);
        robot.interact(() -> ui.mainWindow().decision().blindFirstProperty().set(blind));

        // Ctrl+2 (academy), Enter (the suggested reason), Ctrl+Enter (save) after opening the case
        ctrl(robot, KeyCode.L);
        waitUntil(() -> ui.mainWindow().decision().currentCaseProperty().get() != null);
        ctrl(robot, KeyCode.DIGIT2);
        waitUntil(() -> ui.mainWindow().decision().suggestedProperty().get() != null);
        assertThat(ui.mainWindow().decision().suggestedProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
        robot.type(KeyCode.ENTER);
        ctrl(robot, KeyCode.ENTER);
        try (ReviewSession ada = ws.login("ada", "violet tangerine harbor".toCharArray())) {
            waitUntil(() -> ada.cases().load("SL26-000417").summary().state() == ReviewState.DECIDED);
        }
        signOut(robot);

        // the supervisor: the sign-off list is readable at 100 % and at 150 % text
        signIn(robot, "sam", "granite orchard whistle");
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        selectTab(robot, tabs, "Sign-off");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#signoff-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1 && !Readable.shownIn(list, "signoff-card").isEmpty());
        assertThat(Readable.textOf(Readable.shownIn(list, "signoff-card"))).contains("SL26-000417 \u00b7 Morgan Ellis",
                "Basic academy \u2014 \"Officer\" is a job title outside law enforcement (compliance, loan, security, and so on)");
        assertThat(String.join(" ", Readable.textOf(Readable.shownIn(list, "signoff-card")))).contains("rita");
        for (int size : new int[] {Math.round(Appearance.DEFAULT_SIZE * 1.5f), Appearance.DEFAULT_SIZE}) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Readable.assertWhole(Readable.shownIn(list, "signoff-card"), list, "sign-off list");
                Readable.assertNoSidewaysBar(list, "sign-off list");
            });
            robot.interact(() -> ui.appearance().textSizeProperty().set(size));
        }
        WaitForAsyncUtils.waitForFxEvents();

        // the audit tab already holds the decision; the sign-off appears there by itself
        selectTab(robot, tabs, "Audit trail");
        @SuppressWarnings("unchecked")
        TableView<AuditTrail.Entry> audit = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> onFx(() -> audit.getItems().stream().anyMatch(e -> e.type().equals("DECIDE"))));
        selectTab(robot, tabs, "Sign-off");
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        ctrl(robot, KeyCode.ENTER);
        try (ReviewSession ada = ws.login("ada", "violet tangerine harbor".toCharArray())) {
            waitUntil(() -> ada.cases().load("SL26-000417").summary().state() == ReviewState.SIGNED_OFF);
        }
        selectTab(robot, tabs, "Audit trail");
        waitUntil(() -> onFx(() -> audit.getItems().stream().anyMatch(e -> e.type().equals("SIGN_OFF"))));
        assertThat(onFx(() -> java.util.List.copyOf(audit.getItems()))).extracting(e -> e.actor() + " " + e.type() + " " + e.subject())
                .contains("sam SIGN_OFF SL26-000417", "rita DECIDE SL26-000417");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Audit trail");
    }

    private static void selectTab(FxRobot robot, TabPane tabs, String title) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    /** The text each cell shows on screen (after any clipping). */
    private static List<String> renderedCells(TableView<?> table) {
        List<String> out = new ArrayList<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof Labeled cell && cell.getText() != null && !cell.getText().isEmpty()) {
                Text shown = (Text) cell.lookup(".text");
                out.add(shown == null ? "" : shown.getText());
            }
        }
        return out;
    }

    private void assertReadableAtBothSizes(FxRobot robot, TableView<?> table) {
        assertNothingCut(table);
        robot.interact(() -> ui.appearance().textSizeProperty().set(Math.round(Appearance.DEFAULT_SIZE * 1.5f)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(table);
        robot.interact(() -> ui.appearance().textSizeProperty().set(Appearance.DEFAULT_SIZE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No cell and no column header of the table drawn with "…" instead of its text. */
    private static void assertNothingCut(TableView<?> table) {
        List<Node> drawn = new ArrayList<>(table.lookupAll(".table-cell"));
        drawn.addAll(table.lookupAll(".column-header .label"));
        assertThat(drawn).as("cells and headers drawn").isNotEmpty();
        for (Node n : drawn) {
            if (n instanceof Labeled cell && cell.getText() != null && !cell.getText().isEmpty() && cell.isVisible()) {
                Text shown = (Text) cell.lookup(".text");
                assertThat(shown).isNotNull();
                assertThat(shown.getText()).as("cell text as drawn at " + cell.getFont().getSize() + " px")
                        .isEqualTo(cell.getText());
            }
        }
    }
}
