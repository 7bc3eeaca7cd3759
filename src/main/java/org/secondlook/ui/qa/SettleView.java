package org.secondlook.ui.qa;

import java.time.Clock;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.QaService.Disagreement;
import org.secondlook.ui.ChangeWatch;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.casefile.CaseView;
import org.secondlook.ui.decision.ReasonCodes;
import org.secondlook.ui.decision.ReasonList;

/**
 * The supervisor's settle screen: the QA disagreements above (the case, both answers and who gave
 * them); below, the two answers side by side, the case as the review screen shows it, and the
 * settlement: track, reason, comment. Keyboard: Ctrl+1 / Ctrl+2 choose the track, 1–9 the reason (Ctrl+R
 * goes to the list), Ctrl+E to the comment, Ctrl+Enter settles, F5 refreshes.
 */
public final class SettleView extends BorderPane {
    private final SettleViewModel vm;
    private final ZoneId zone;
    private final TableView<Disagreement> table = new TableView<>();
    private final ReasonList reason;
    private final TextArea comment = new TextArea();
    private final QaKeys keys;

    public SettleView(SettleViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
        setId("qa-settle-view");
        getStyleClass().add("qa-view");
        setPadding(new Insets(8));
        Button refresh = QaScreens.button("qa-settle-refresh", "signoff.refresh", vm::refresh);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        // title, message and refresh on one line: the case below keeps the height at 150 % text
        setTop(QaScreens.compactHeading("qa.settle.title", "qa.settle.intro", "qa-settle-message", vm.messageProperty(),
                refresh));
        reason = new ReasonList(vm.choice());
        reason.setId("qa-settle-reason");
        SplitPane split = new SplitPane(list(), detail()); // the list above, the case and the settlement below
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.14); // a few disagreements at a time; the case below keeps the room
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        keys = new QaKeys()
                .on(AppAction.QA_SETTLE_LEO, () -> vm.choice().trackProperty().set(Track.LEO))
                .on(AppAction.QA_SETTLE_ACADEMY, () -> vm.choice().trackProperty().set(Track.ACADEMY))
                .on(AppAction.QA_SETTLE_REASON, reason::requestFocus)
                .on(AppAction.QA_SETTLE_COMMENT, comment::requestFocus)
                .on(AppAction.QA_SETTLE, vm::settle, vm.canSettleProperty())
                .on(AppAction.QA_SETTLE_REFRESH, vm::refresh);
        addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        reason.pickByDigitIn(this);
    }

    private String answer(String by, Track track) {
        return Messages.get("qa.settle.cell", by, track == null ? "" : Messages.get("track." + track.name()));
    }

    private VBox list() {
        table.setId("qa-settle-table");
        table.setItems(vm.rows());
        QaScreens.placeholder(table, "qa.settle.empty");
        table.getColumns().add(QaScreens.column("qa.col.id", Disagreement::applicantId));
        table.getColumns().add(QaScreens.column("qa.col.name", Disagreement::fullName));
        table.getColumns().add(QaScreens.column("qa.col.office", Disagreement::office));
        table.getColumns().add(QaScreens.column("qa.col.first", d -> answer(d.firstBy(), d.firstTrack())));
        table.getColumns().add(QaScreens.column("qa.col.second", d -> answer(d.secondBy(), d.secondTrack())));
        table.getColumns().add(QaScreens.column("qa.col.answered", d -> QaScreens.time(d.answeredAt(), zone)));
        org.secondlook.ui.ColumnWidths.keepFitted(table);
        QaScreens.followSelection(table, vm.selectedProperty());
        VBox box = new VBox(table); // Refresh sits on the title line
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setStyle("-fx-min-height: 5em;"); // the header and two rows at any text size
        return box;
    }

    private BorderPane detail() {
        Label first = side("qa-settle-first");
        Label firstBy = QaScreens.wrapped(new Label());
        firstBy.setId("qa-settle-first-by");
        Label note = QaScreens.wrapped(new Label());
        note.setId("qa-settle-first-note");
        Label second = side("qa-settle-second");
        Label secondBy = QaScreens.wrapped(new Label());
        secondBy.setId("qa-settle-second-by");
        vm.selectedProperty().addListener((o, a, d) -> {
            first.setText(d == null ? "" : Messages.get("qa.settle.answer", trackText(d.firstTrack()), vm.reasonLabel(d.firstReason())));
            firstBy.setText(d == null ? "" : Messages.get("qa.settle.by", d.firstBy(), QaScreens.time(d.decidedAt(), zone)));
            note.setText(d == null ? "" : d.firstNote() == null || d.firstNote().isBlank() ? Messages.get("qa.settle.noNote")
                    : Messages.get("qa.settle.note", d.firstNote()));
            second.setText(d == null ? "" : Messages.get("qa.settle.answer", trackText(d.secondTrack()),
                    vm.reasonLabel(d.secondReason())));
            secondBy.setText(d == null ? "" : Messages.get("qa.settle.by", d.secondBy(), QaScreens.time(d.answeredAt(), zone)));
        });
        GridPane answers = new GridPane();
        answers.setId("qa-settle-answers");
        answers.setHgap(16);
        answers.setVgap(2);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            answers.getColumnConstraints().add(c);
        }
        Label firstHeading = new Label(Messages.get("qa.settle.first"));
        Label secondHeading = new Label(Messages.get("qa.settle.second"));
        firstHeading.getStyleClass().add("section-label");
        secondHeading.getStyleClass().add("section-label");
        // who answered beside the heading, the answer below: two lines fewer, so the résumé keeps them at 150 % text
        answers.add(new javafx.scene.text.TextFlow(firstHeading, space(), firstBy), 0, 0);
        answers.add(new javafx.scene.text.TextFlow(secondHeading, space(), secondBy), 1, 0);
        answers.add(first, 0, 1);
        answers.add(second, 1, 1);
        answers.add(note, 0, 2, 2, 1);
        answers.visibleProperty().bind(vm.selectedProperty().isNotNull());
        answers.managedProperty().bind(answers.visibleProperty());
        Label none = QaScreens.wrapped(new Label(Messages.get("qa.settle.none")));
        none.visibleProperty().bind(vm.selectedProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        CaseView caseView = new CaseView(vm.caseFile());
        caseView.setId("qa-settle-case");
        caseView.setSideBySideFromEm(38); // the screen is short of height: side by side also at 150 % text
        caseView.setHeaderShown(false); // the list above names the case and its office
        VBox left = new VBox(4, none, answers, caseView);
        VBox.setVgrow(caseView, Priority.ALWAYS);
        // the résumé and the findings keep a readable height; short of it (150 % text) this side scrolls down
        caseView.setStyle("-fx-min-height: 16em;");
        javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setFitToHeight(true);
        leftScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("settle-case-scroll");
        javafx.scene.control.ScrollPane formScroll = QaScreens.scrolling(form()); // comment and button stay reachable
        SplitPane lower = new SplitPane(leftScroll, formScroll); // the settlement beside the answers and the case, full height
        lower.setDividerPositions(0.69);
        // narrower than the review screen's form, so that the résumé and the findings stay side by side at 150 %
        formScroll.setStyle("-fx-min-width: 19.5em;");
        SplitPane.setResizableWithParent(formScroll, false);
        BorderPane box = new BorderPane(lower);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static Label side(String id) {
        Label l = QaScreens.wrapped(new Label());
        l.setId(id);
        return l;
    }

    private static javafx.scene.text.Text space() {
        return new javafx.scene.text.Text("  ");
    }

    private static String trackText(Track t) {
        return t == null ? "" : Messages.get("track." + t.name());
    }

    private VBox form() {
        var tracks = QaScreens.trackButtons("qa-settle", AppAction.QA_SETTLE_LEO, AppAction.QA_SETTLE_ACADEMY,
                vm.choice(), reason, comment::isFocused);
        Label trackLabel = new Label(Messages.get("qa.settle.track"));
        trackLabel.getStyleClass().add("section-label");
        Label reasonLabel = new Label(Messages.get("qa.settle.reason"));
        reasonLabel.setLabelFor(reason);
        reason.setPrefHeight(130);
        reason.setStyle("-fx-min-height: 4.5em;"); // two reasons at least; the list scrolls rather than the form
        VBox.setVgrow(reason, Priority.ALWAYS);
        comment.setId("qa-settle-comment");
        comment.setPromptText(Messages.get("qa.settle.commentPrompt"));
        comment.setPrefRowCount(2);
        comment.setStyle("-fx-min-height: 3em;");
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Label commentLabel = QaScreens.wrapped(new Label(Messages.get("qa.settle.comment")));
        commentLabel.setLabelFor(comment);
        Button settle = QaScreens.button("qa-settle-button", "qa.settle.button", vm::settle);
        settle.disableProperty().bind(vm.canSettleProperty().not());
        settle.setMaxWidth(Double.MAX_VALUE);
        return QaScreens.form("qa-settle-form", vm.selectedProperty(), trackLabel, tracks.get(0), tracks.get(1),
                reasonLabel, reason, commentLabel, comment, settle);
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(ActionRegistry actions) {
        keys.bindTo(actions);
    }

    /** The screen for a logged-in supervisor, its list loading and following changes in the database. */
    public static SettleView forSession(ReviewSession session, TaskExecutor executor, Clock clock) {
        SettleViewModel vm = new SettleViewModel(session, executor, ReasonCodes.load(), clock);
        SettleView view = new SettleView(vm, clock.getZone());
        vm.refresh();
        ChangeWatch.whileShown(view, executor, () -> session.qa().status(), vm::refresh);
        return view;
    }

    public SettleViewModel viewModel() {
        return vm;
    }
}
