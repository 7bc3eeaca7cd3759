package org.secondlook.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.Span;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.oversight.Office;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.Messages;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.ReasonCodes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * QA in the real window on a real encrypted office. A LEO decision (rita) is signed off (sam) and queued;
 * rob opens the second-review tab and nothing on screen, outside the neutral answer form, holds the first
 * decision's track, reason or note, the tool's label, the analyzer's verdict or its findings; he answers
 * from the keyboard and disagrees. sam then sees the disagreement with both answers and who gave them,
 * settles it in the window, and the audit tab shows the settlement without anyone pressing anything. sue,
 * who gave the second review of another case, is shown the service's refusal when she tries to settle it.
 */
@ExtendWith(ApplicationExtension.class)
class QaWindowFxTest {
    private static final String PASSWORD = "a long office test phrase";
    private static final String RESUME = "Police Officer, Springfield Police Department, 2009-2019\n"
            + "Loan Officer, First Bank, 2019-2024\n";
    private static final String FIRST_NOTE = "Ten patrol years in Springfield";
    @TempDir
    static Path dir;
    static Office office;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(dir, Instant.parse("2026-11-02T08:00:00Z"));
        office.importRows(List.of(new Office.Row("Q1", "ERO Newark", RESUME, "LEO", "Police Officer;Loan Officer"),
                new Office.Row("Q2", "ERO Newark", RESUME, "LEO", "Police Officer;Loan Officer")));
        try (ReviewSession rita = office.login("rita"); ReviewSession sam = office.login("sam");
             ReviewSession sue = office.login("sue")) {
            for (String id : List.of("Q2", "Q1")) {
                rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", FIRST_NOTE, SignOffService.CURRENT);
                office.clock.advance(Duration.ofHours(1));
                sam.signOffs().approve(id, SignOffService.CURRENT);
                office.clock.advance(Duration.ofHours(1));
            }
            sue.qa().answer("Q2", Track.ACADEMY, "NON_LE_OFFICER_TITLE");
        }
    }

    @Start
    void start(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(900);
        ui = new SecondLookUi(stage, office.ws, () -> {
            throw new AssertionError("no demo here");
        }, executor, UiPreferences.inMemory(), office.clock);
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

    private void logIn(FxRobot robot, String user) throws Exception {
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        robot.clickOn("#login-user").write(user).type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#workspaces").tryQuery().isPresent());
    }

    private static void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /**
     * What gives the first decision away: its track, reason (label and code) and note, the tool's label, the
     * analyzer's verdict, and the kinds and explanations of its findings, as the review screen words them.
     */
    private static Set<String> giveaways(String id) throws Exception {
        Set<String> words = new LinkedHashSet<>();
        try (ReviewSession sam = office.login("sam")) {
            CaseDetail d = sam.cases().load(id);
            var first = sam.decisions().latest(id).orElseThrow();
            words.add(Messages.get("track." + first.track().name()));
            words.add(first.reasonCode());
            words.add(ReasonCodes.load().stream().filter(r -> r.code().equals(first.reasonCode())).findFirst()
                    .orElseThrow().label());
            words.add(first.note());
            assertThat(d.summary().classifierLabel()).as("the fixture has a tool label").isNotNull();
            words.add(Messages.get("label." + d.summary().classifierLabel().name()));
            assertThat(d.summary().verdict()).as("the fixture has an analyzer verdict").isNotNull();
            words.add(Messages.get("verdict." + d.summary().verdict().name()));
            assertThat(d.findings()).as("the fixture has findings").isNotEmpty();
            for (List<Span> spans : List.of(d.toolEvidence(), d.findings())) {
                for (Span s : spans) {
                    words.add(CaseViewModel.kindLabel(s.kind()));
                    if (s.explanation() != null && !s.explanation().isBlank()) {
                        words.add(s.explanation());
                    }
                }
            }
            if (d.summary().leMonths() != null) {
                words.add(Messages.get("timeline.months", d.summary().leMonths()));
            }
        }
        return words;
    }

    /**
     * Every text shown in the window: visible Labeled (cells, tab headers, buttons), Text (the résumé),
     * text fields and their prompts, tooltips, accessible texts, every cell of every visible table and
     * every item of every visible list. The subtree {@code skipId} is left out.
     */
    static List<String> shownTexts(Parent root, String skipId) {
        List<String> out = new ArrayList<>();
        walk(root, skipId, out);
        return out;
    }

    private static void walk(Node n, String skipId, List<String> out) {
        if (!n.isVisible() || skipId.equals(n.getId())) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl t) {
            out.add(t.getText());
            out.add(t.getPromptText());
        }
        if (n instanceof Control c) {
            if (c.getTooltip() != null) {
                out.add(c.getTooltip().getText());
            }
            out.add(c.getAccessibleText());
        }
        if (n instanceof TableView<?> table) {
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                out.add(column.getText());
                for (int row = 0; row < table.getItems().size(); row++) {
                    out.add(String.valueOf(column.getCellData(row)));
                }
            }
        }
        if (n instanceof ListView<?> list) {
            list.getItems().forEach(item -> out.add(String.valueOf(item)));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, skipId, out);
            }
        }
    }

    private static List<String> leaks(List<String> shown, Set<String> giveaways) {
        List<String> found = new ArrayList<>();
        for (String text : shown) {
            if (text == null) {
                continue;
            }
            String t = text.toLowerCase(Locale.ROOT);
            for (String word : giveaways) {
                if (t.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add("\"" + word + "\" in \"" + text + "\"");
                }
            }
        }
        return found;
    }

    private void seesNothingOfQ1OnTheReviewTab(FxRobot robot, Set<String> giveaways) throws Exception {
        TabPane workspaces = robot.lookup("#workspaces").queryAs(TabPane.class);
        Tab review = workspaces.getTabs().get(0);
        assertThat(review.getText()).isEqualTo(Messages.get("review.tab"));
        robot.interact(() -> workspaces.getSelectionModel().select(review));
        var queue = ui.mainWindow().queue();
        waitUntil(() -> !queue.loadingProperty().get() && queue.rows().stream().allMatch(r -> r.summary() != null));
        List<String> listed = new ArrayList<>();
        robot.interact(() -> queue.rows().forEach(r -> listed.add(r.summary().applicantId())));
        assertThat(listed).as("rob's queue: Q2 is answered already, Q1 waits for his second review").containsExactly("Q2");
        robot.interact(() -> queue.searchProperty().set("Q1"));
        waitUntil(() -> !queue.loadingProperty().get() && queue.matchingProperty().get() == 0);
        CaseViewModel caseFile = ui.mainWindow().caseViewModel();
        robot.interact(() -> caseFile.open("Q1"));
        waitUntil(() -> !caseFile.errorProperty().get().isEmpty());
        assertThat(caseFile.errorProperty().get()).isEqualTo(org.secondlook.review.BlindQaRule.sentence("Q1"));
        assertThat(caseFile.detail()).isNull();
        assertThat(ui.mainWindow().decision().previousProperty().get()).isEmpty();

        List<String> shown = new ArrayList<>();
        robot.interact(() -> shown.addAll(shownTexts((Parent) review.getContent(), "")));
        assertThat(shown).as("the case view says why").contains(org.secondlook.review.BlindQaRule.sentence("Q1"));
        // The track names and the tool's label are the decision panel's and the filters' own words on any case:
        // what gives Q1 away is its first decision's reason and note, the verdict and the findings.
        Set<String> ofQ1 = new LinkedHashSet<>(giveaways);
        ofQ1.removeAll(Set.of(Messages.get("track.LEO"), Messages.get("track.ACADEMY"), Messages.get("label.LEO"),
                Messages.get("label.NON_LEO")));
        ofQ1.add("rita");
        assertThat(leaks(shown, ofQ1)).as("texts on rob's Review tab that give Q1's first decision away").isEmpty();
        robot.interact(() -> queue.searchProperty().set(""));
    }

    @Test
    void theSecondReviewerSeesNothingOfTheFirstDecisionAndTheSupervisorSettlesTheDisagreement(FxRobot robot)
            throws Exception {
        Set<String> giveaways = giveaways("Q1");
        logIn(robot, "rob");
        selectTab(robot, "qa-review-tab");
        SecondReviewView view = robot.lookup("#qa-review-view").queryAs(SecondReviewView.class);
        SecondReviewViewModel vm = view.viewModel();
        TableView<?> table = robot.lookup("#qa-review-table").queryTableView();
        waitUntil(() -> vm.rows().size() == 1 && vm.caseFile().detail() != null);
        assertThat(vm.rows().get(0).applicantId()).as("rob's queue holds the case rita decided").isEqualTo("Q1");
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Second review (1)");

        // (a) Nothing outside the answer form gives the first decision away; the walk does see the résumé.
        List<String> shown = new ArrayList<>();
        robot.interact(() -> shown.addAll(shownTexts(robot.lookup("#workspaces").queryAs(Parent.class).getScene().getRoot(),
                "qa-answer-form")));
        assertThat(String.join("\n", shown)).as("the walk reaches the résumé and the list")
                .contains("Springfield Police Department").contains("Q1").contains("ERO Newark");
        assertThat(leaks(shown, giveaways)).as("texts on the second reviewer's screen that give the first decision away")
                .isEmpty();
        // No highlight colors on the résumé: nothing marks where the tool or the analyzer found something.
        org.secondlook.ui.casefile.ResumeArea area = robot.lookup("#qa-review-resume")
                .queryAs(org.secondlook.ui.casefile.ResumeArea.class);
        Set<String> styles = new LinkedHashSet<>();
        robot.interact(() -> area.getStyleSpans(0, area.getLength()).forEach(span -> styles.addAll(span.getStyle())));
        assertThat(area.getText()).isEqualTo(vm.caseFile().detail().resumeText());
        assertThat(styles).as("style classes on the second reviewer's résumé").isEmpty();
        // The answer form offers both tracks alike and nothing is chosen or suggested.
        assertThat(robot.lookup("#qa-answer-form .toggle-button").queryAllAs(ToggleButton.class))
                .hasSize(2).noneMatch(ToggleButton::isSelected);
        assertThat(robot.lookup("#qa-review-reason").queryListView().getItems()).isEmpty();
        assertThat(vm.choice().suggestedProperty().get()).isNull();

        // (a2) The Review tab shows nothing of Q1 either (the service's rule, not this window's): the queue leaves
        // it out, a search does not find it, and the case view and the decision pane refuse it with the sentence
        // that points to the second-review tab.
        seesNothingOfQ1OnTheReviewTab(robot, giveaways);
        selectTab(robot, "qa-review-tab");

        // Keyboard: the academy track, the first reason that fits it, record.
        robot.interact(table::requestFocus);
        ctrl(robot, KeyCode.DIGIT2);
        assertThat(vm.choice().trackProperty().get()).isEqualTo(Track.ACADEMY);
        assertThat(robot.lookup("#qa-review-reason").queryListView().getItems()).isNotEmpty();
        assertThat(vm.choice().suggestedProperty().get()).as("no reason is suggested from the findings").isNull();
        robot.type(KeyCode.DIGIT1);
        assertThat(vm.choice().reasonProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
        ctrl(robot, KeyCode.ENTER);
        Label message = robot.lookup("#qa-review-message").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("is recorded") && vm.rows().isEmpty());
        assertThat(message.getText()).isEqualTo("Your second review of Q1 is recorded: Basic academy."
                + " Where the two reviews differ, a supervisor settles the case.");
        robot.interact(() -> ui.mainWindow().actions().execute(AppAction.LOG_OUT));

        // (b) The disagreement reaches a supervisor: both answers, who gave them, the case.
        logIn(robot, "sam");
        selectTab(robot, "qa-settle-tab");
        SettleViewModel settle = robot.lookup("#qa-settle-view").queryAs(SettleView.class).viewModel();
        TableView<?> disagreements = robot.lookup("#qa-settle-table").queryTableView();
        waitUntil(() -> settle.rows().size() == 2);
        int q1 = settle.rows().stream().map(d -> d.applicantId()).toList().indexOf("Q1");
        assertThat(disagreements.getVisibleLeafColumns()).extracting(c -> String.valueOf(c.getCellData(q1)))
                .containsExactly("Q1", "Applicant Q1", "ERO Newark", "rita: LEO program", "rob: Basic academy",
                        "2026-11-02 12:00");
        robot.interact(() -> {
            settle.selectedProperty().set(settle.rows().get(q1));
            disagreements.requestFocus();
        });
        waitUntil(() -> settle.caseFile().detail() != null && "Q1".equals(settle.caseFile().detail().summary().applicantId()));
        assertThat(robot.lookup("#qa-settle-first").queryAs(Label.class).getText())
                .isEqualTo("LEO program \u2014 Sworn law-enforcement service confirmed in the r\u00e9sum\u00e9");
        assertThat(robot.lookup("#qa-settle-first-by").queryAs(Label.class).getText()).startsWith("by rita, ");
        assertThat(robot.lookup("#qa-settle-first-note").queryAs(Label.class).getText()).contains(FIRST_NOTE);
        assertThat(robot.lookup("#qa-settle-second").queryAs(Label.class).getText()).startsWith("Basic academy \u2014 ");
        assertThat(robot.lookup("#qa-settle-second-by").queryAs(Label.class).getText()).startsWith("by rob, ");

        // Settled from the keyboard: track, reason, comment, Ctrl+Enter.
        ctrl(robot, KeyCode.DIGIT2);
        robot.type(KeyCode.DIGIT1);
        ctrl(robot, KeyCode.E);
        robot.write("The police years are a reference, not service.");
        ctrl(robot, KeyCode.ENTER);
        Label said = robot.lookup("#qa-settle-message").queryAs(Label.class);
        waitUntil(() -> said.getText().startsWith("Q1 is settled"));
        assertThat(said.getText()).isEqualTo("Q1 is settled: Basic academy. The settlement is in the audit trail.");
        waitUntil(() -> settle.rows().size() == 1);
        try (ReviewSession sue = office.login("sue")) {
            assertThat(sue.cases().load("Q1").summary().state()).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(sue.decisions().latest("Q1")).hasValueSatisfying(d -> {
                assertThat(d.track()).isEqualTo(Track.ACADEMY);
                assertThat(d.decidedBy()).isEqualTo("sam");
            });
        }

        // The audit tab shows the settlement without anyone pressing anything.
        TabPane shell = robot.lookup("#workspaces").queryAs(TabPane.class);
        robot.interact(() -> shell.getSelectionModel().select(shell.getTabs().stream()
                .filter(t -> t.getText().equals(Messages.get("audit.title"))).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        TableView<AuditTrail.Entry> audit = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> audit.getItems().stream().anyMatch(e -> e.type().equals("QA_SETTLE")));
        assertThat(audit.getItems()).filteredOn(e -> e.type().equals("QA_SETTLE")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("sam");
            assertThat(e.subject()).isEqualTo("Q1");
            assertThat(e.details()).contains("rita: LEO").contains("rob: ACADEMY")
                    .contains("The police years are a reference, not service.");
        });
        robot.interact(() -> ui.mainWindow().actions().execute(AppAction.LOG_OUT));

        // sue gave the second review of Q2: she is told so, and the service's refusal is what she reads.
        logIn(robot, "sue");
        selectTab(robot, "qa-settle-tab");
        SettleViewModel sues = robot.lookup("#qa-settle-view").queryAs(SettleView.class).viewModel();
        waitUntil(() -> sues.rows().size() == 1 && sues.selectedProperty().get() != null);
        Label sueSees = robot.lookup("#qa-settle-message").queryAs(Label.class);
        assertThat(sueSees.getText()).isEqualTo(Messages.get("qa.settle.reviewer"));
        robot.interact(() -> robot.lookup("#qa-settle-table").query().requestFocus());
        ctrl(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT1);
        ctrl(robot, KeyCode.E);
        robot.write("It was service.");
        assertThat(robot.lookup("#qa-settle-button").queryButton().isDisabled()).isFalse();
        ctrl(robot, KeyCode.ENTER);
        waitUntil(() -> sueSees.getText().contains("neither"));
        assertThat(sueSees.getText()).isEqualTo("A supervisor who settles a QA disagreement must be neither the reviewer"
                + " who decided nor the one who gave the second review.");
        assertThat(sues.rows()).hasSize(1);
    }
}
