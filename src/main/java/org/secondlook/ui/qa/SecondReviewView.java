package org.secondlook.ui.qa;

import java.time.Clock;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.QaService.Waiting;
import org.secondlook.ui.ChangeWatch;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.casefile.ResumeArea;
import org.secondlook.ui.decision.ReasonCodes;
import org.secondlook.ui.decision.ReasonList;

/**
 * The blind second-review screen: on the left the cases waiting for this reviewer (id, office, since
 * when; nothing else), in the middle the selected résumé as plain text, on the right the answer: the
 * two track buttons, the reasons that fit the chosen track, and the button that records it. Keyboard:
 * Ctrl+1 / Ctrl+2 choose the track, 1–9 the reason (Ctrl+R goes to the list), Ctrl+Enter records the
 * answer, F5 refreshes.
 */
public final class SecondReviewView extends BorderPane {
    private final SecondReviewViewModel vm;
    private final TableView<Waiting> table = new TableView<>();
    private final ReasonList reason;
    private final QaKeys keys;

    public SecondReviewView(SecondReviewViewModel vm, ZoneId zone) {
        this.vm = vm;
        setId("qa-review-view");
        getStyleClass().add("qa-view");
        setPadding(new Insets(8));
        setTop(QaScreens.heading("qa.review.title", "qa.review.intro", "qa-review-message", vm.messageProperty()));
        reason = new ReasonList(vm.choice());
        reason.setId("qa-review-reason");
        SplitPane split = new SplitPane(queue(zone), resume(), QaScreens.scrolling(answerForm()));
        split.setDividerPositions(0.27, 0.70);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        keys = new QaKeys()
                .on(AppAction.QA_REVIEW_LEO, () -> vm.choice().trackProperty().set(Track.LEO))
                .on(AppAction.QA_REVIEW_ACADEMY, () -> vm.choice().trackProperty().set(Track.ACADEMY))
                .on(AppAction.QA_REVIEW_REASON, reason::requestFocus)
                .on(AppAction.QA_ANSWER, vm::answer, vm.canAnswerProperty())
                .on(AppAction.QA_REVIEW_REFRESH, vm::refresh);
        addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        reason.pickByDigitIn(this);
    }

    private VBox queue(ZoneId zone) {
        table.setId("qa-review-table");
        table.setItems(vm.rows());
        QaScreens.placeholder(table, "qa.review.empty");
        table.getColumns().add(QaScreens.column("qa.col.id", Waiting::applicantId));
        table.getColumns().add(QaScreens.column("qa.col.office", Waiting::office));
        table.getColumns().add(QaScreens.column("qa.col.queued", w -> QaScreens.day(w.queuedAt(), zone)));
        org.secondlook.ui.ColumnWidths.keepFitted(table);
        QaScreens.followSelection(table, vm.selectedProperty());
        Button refresh = QaScreens.button("qa-review-refresh", "signoff.refresh", vm::refresh);
        VBox box = new VBox(6, table, refresh);
        VBox.setVgrow(table, Priority.ALWAYS);
        org.secondlook.ui.ColumnWidths.holdWhole(table, box); // the three columns whole, at any text size
        return box;
    }

    private VBox resume() {
        Label title = QaScreens.wrapped(new Label());
        title.setId("qa-review-case");
        title.getStyleClass().add("subtitle-label");
        Label error = QaScreens.wrapped(new Label());
        error.setId("qa-review-error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.caseFile().errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ResumeArea area = new ResumeArea(vm.caseFile());
        area.setId("qa-review-resume");
        vm.caseFile().openedProperty().addListener((o, a, c) -> {
            title.setText(c == null ? Messages.get("qa.review.none") : Messages.get("qa.review.case",
                    c.detail().summary().fullName(), c.detail().summary().applicantId(),
                    QaScreens.nz(c.detail().summary().fieldOffice())));
            area.show(c == null ? "" : c.detail().resumeText(), c == null ? java.util.List.of() : c.runs());
        });
        title.setText(Messages.get("qa.review.none"));
        VirtualizedScrollPane<ResumeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox box = new VBox(6, title, error, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private VBox answerForm() {
        Label heading = new Label(Messages.get("qa.review.yourAnswer"));
        heading.getStyleClass().add("section-label");
        var tracks = QaScreens.trackButtons("qa-review", AppAction.QA_REVIEW_LEO, AppAction.QA_REVIEW_ACADEMY,
                vm.choice(), reason, () -> false);
        Label reasonLabel = new Label(Messages.get("qa.review.reason"));
        reasonLabel.setLabelFor(reason);
        Label hint = QaScreens.wrapped(new Label(Messages.get("qa.review.keys")));
        hint.getStyleClass().add("hint-label");
        Button answer = QaScreens.button("qa-review-answer", "qa.review.answer", vm::answer);
        answer.disableProperty().bind(vm.canAnswerProperty().not());
        answer.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(reason, Priority.ALWAYS);
        return QaScreens.form("qa-answer-form", vm.selectedProperty(), heading, tracks.get(0), tracks.get(1),
                reasonLabel, reason, hint, answer);
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(ActionRegistry actions) {
        keys.bindTo(actions);
    }

    /** The screen for a logged-in reviewer, its list loading and following changes in the database. */
    public static SecondReviewView forSession(ReviewSession session, TaskExecutor executor, Clock clock) {
        SecondReviewViewModel vm = new SecondReviewViewModel(session, executor, ReasonCodes.load(), clock);
        SecondReviewView view = new SecondReviewView(vm, clock.getZone());
        vm.refresh();
        ChangeWatch.whileShown(view, executor, () -> session.qa().status(), vm::refresh);
        return view;
    }

    public SecondReviewViewModel viewModel() {
        return vm;
    }

    /** Puts the keyboard focus in the list (when the screen is shown). */
    public void focusList() {
        table.requestFocus();
    }
}
