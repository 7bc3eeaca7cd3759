package org.secondlook.ui.signoff;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/**
 * The sign-off screen: on the left the decisions waiting, one card each (the case, the track and the
 * reason in words, who decided, the note), wrapped at the list's width; on the right the selected case's
 * highlighted résumé beside its findings, and below them the comment and approve / return. Keyboard:
 * arrows move, Space marks, Ctrl+Enter approves, Ctrl+Shift+R returns, Ctrl+Shift+A lists the marked
 * cases to approve together (Enter confirms, Escape cancels), F5 refreshes.
 */
public final class SignOffView extends BorderPane {
    /** The list's share of the width; the case keeps the rest, wide enough for the résumé beside the findings. */
    static final double LIST_SHARE = 0.32;
    private final SignOffViewModel vm;
    private final ListView<PendingDecision> list = new ListView<>();
    private final TextArea comment = new TextArea();
    private final ZoneId zone;

    public SignOffView(SignOffViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
        getStyleClass().add("signoff-view");
        setId("signoff-view");
        Label title = new Label(Messages.get("signoff.title"));
        title.getStyleClass().add("title-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("signoff-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        Label conflict = new Label();
        conflict.setId("signoff-conflict");
        conflict.setWrapText(true);
        conflict.setMinHeight(Region.USE_PREF_SIZE);
        conflict.getStyleClass().add("conflict-label");
        conflict.textProperty().bind(vm.conflictProperty());
        conflict.visibleProperty().bind(vm.conflictProperty().isNotEmpty());
        conflict.managedProperty().bind(conflict.visibleProperty());
        HBox heading = new HBox(12, title, message); // one line for both: the résumé keeps the height
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        setTop(new VBox(4, heading, conflict));

        VBox queue = queue();
        SplitPane split = new SplitPane(queue, new StackPane(detail(), confirmation()));
        split.setDividerPositions(LIST_SHARE);
        SplitPane.setResizableWithParent(queue, false);
        BorderPane.setMargin(split, new Insets(6, 0, 0, 0));
        setCenter(split);
        setPadding(new Insets(8));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private VBox queue() {
        list.setId("signoff-list");
        list.getStyleClass().add("signoff-list");
        list.setItems(vm.rows());
        Label empty = new Label(Messages.get("signoff.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new DecisionCell(l, vm, zone));
        vm.marked().addListener((javafx.collections.SetChangeListener<String>) c -> list.refresh());
        // a refresh replaces the rows (the list drops its selection) and keeps an equal selection (no change event)
        vm.rows().addListener((javafx.collections.ListChangeListener<PendingDecision>) c -> {
            if (vm.selectedProperty().get() != null) {
                list.getSelectionModel().select(vm.selectedProperty().get());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            }
        });
        Button markOne = button("signoff-mark", "signoff.mark", vm::toggleMark);
        Button markAll = button("signoff-mark-all", "signoff.markAll", vm::markAll);
        Button many = button("signoff-review-marked", "signoff.reviewMarked", vm::reviewMarked);
        Button refresh = button("signoff-refresh", "signoff.refresh", vm::refresh);
        for (Button b : new Button[] {markOne, markAll, many, refresh}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.confirmingProperty()));
            b.setMinWidth(Region.USE_PREF_SIZE); // whole words on every button; the row wraps instead
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, markOne, markAll, many, refresh);
        buttons.setMinWidth(0);
        VBox box = new VBox(6, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setStyle("-fx-min-width: 16em;"); // a card keeps a few words a line at any text size
        return box;
    }

    private VBox detail() {
        org.secondlook.ui.casefile.CaseView resume = new org.secondlook.ui.casefile.CaseView(vm.caseFile());
        resume.setId("signoff-case");
        resume.setSideBySideFromEm(36); // the résumé beside the findings also at 150 % text: both keep the height
        comment.setId("signoff-comment");
        comment.setPromptText(Messages.get("signoff.commentPrompt"));
        comment.setPrefRowCount(2); // the résumé keeps the room at large text
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Label commentLabel = new Label(Messages.get("signoff.comment"));
        commentLabel.setLabelFor(comment);
        commentLabel.setWrapText(true);
        commentLabel.setMinHeight(Region.USE_PREF_SIZE);
        Button approve = button("signoff-approve", "signoff.approve", vm::approve);
        approve.disableProperty().bind(vm.canApproveProperty().not());
        approve.setDefaultButton(false);
        Button back = button("signoff-return", "signoff.return", vm::returnSelected);
        back.disableProperty().bind(vm.canApproveProperty().not());
        for (Button b : new Button[] {approve, back}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox commentBox = new VBox(4, commentLabel, comment);
        VBox.setVgrow(comment, Priority.ALWAYS);
        VBox actions = new VBox(6, approve, back); // beside the comment, not below it: one row for both
        actions.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        HBox bottom = new HBox(8, commentBox, actions);
        HBox.setHgrow(commentBox, Priority.ALWAYS);
        VBox box = new VBox(6, resume, bottom);
        VBox.setVgrow(resume, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.visibleProperty().bind(vm.confirmingProperty().not());
        return box;
    }

    private VBox confirmation() {
        ListView<PendingDecision> confirmList = new ListView<>(vm.confirmList());
        confirmList.setId("signoff-confirm-list");
        confirmList.setCellFactory(l -> new DecisionCell(l, vm, zone));
        Button confirm = button("signoff-confirm", "signoff.cancel", vm::confirmMany);
        confirm.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("signoff.confirm",
                vm.confirmList().size()), vm.confirmList()));
        confirm.disableProperty().bind(vm.busyProperty());
        Button cancel = button("signoff-cancel", "signoff.cancel", vm::cancelMany);
        VBox box = new VBox(6, new Label(Messages.get("signoff.confirmTitle")), confirmList, new HBox(6, confirm, cancel));
        VBox.setVgrow(confirmList, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.visibleProperty().bind(vm.confirmingProperty());
        box.getStyleClass().add("panel");
        return box;
    }

    private void keys(KeyEvent e) {
        if (vm.confirmingProperty().get()) {
            if (AppAction.SIGNOFF_CONFIRM.matches(e)) {
                vm.confirmMany();
                e.consume();
            } else if (AppAction.SIGNOFF_CANCEL.matches(e)) {
                vm.cancelMany();
                e.consume();
            }
            return;
        }
        if (AppAction.SIGNOFF_APPROVE.matches(e)) {
            vm.approve();
        } else if (AppAction.SIGNOFF_RETURN.matches(e)) {
            returnSelected();
        } else if (AppAction.SIGNOFF_APPROVE_MARKED.matches(e)) {
            vm.reviewMarked();
        } else if (AppAction.SIGNOFF_REFRESH.matches(e)) {
            vm.refresh();
        } else if (AppAction.SIGNOFF_MARK.matches(e) && list.isFocused()) {
            vm.toggleMark();
        } else {
            return;
        }
        e.consume();
    }

    private void returnSelected() {
        if (vm.commentProperty().get().isBlank()) {
            comment.requestFocus();
        }
        vm.returnSelected();
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(ActionRegistry actions) {
        actions.bind(AppAction.SIGNOFF_APPROVE, vm::approve, vm.canApproveProperty());
        actions.bind(AppAction.SIGNOFF_RETURN, this::returnSelected, vm.canApproveProperty());
        actions.bind(AppAction.SIGNOFF_MARK, vm::toggleMark);
        actions.bind(AppAction.SIGNOFF_APPROVE_MARKED, vm::reviewMarked);
        actions.bind(AppAction.SIGNOFF_CONFIRM, vm::confirmMany, vm.confirmingProperty());
        actions.bind(AppAction.SIGNOFF_CANCEL, vm::cancelMany, vm.confirmingProperty());
        actions.bind(AppAction.SIGNOFF_REFRESH, vm::refresh);
    }

    /** The screen for a logged-in supervisor, its queue loading (for a tab in the main window). */
    public static SignOffView forSession(org.secondlook.review.ReviewSession session,
                                         org.secondlook.ui.TaskExecutor executor, java.time.Clock clock) {
        SignOffViewModel vm = new SignOffViewModel(session, executor, clock);
        SignOffView view = new SignOffView(vm, clock.getZone());
        vm.refresh();
        org.secondlook.ui.ChangeWatch.whileShown(view, executor, () -> session.audit().events(
                new org.secondlook.review.audit.AuditTrail.Query(null, null, null, null, null, null, 1)).stream()
                .findFirst().map(org.secondlook.review.audit.AuditTrail.Entry::seq).orElse(0L), vm::refresh);
        return view;
    }

    public SignOffViewModel viewModel() {
        return vm;
    }

    /** Puts the keyboard focus in the queue (when the screen is shown). */
    public void focusQueue() {
        list.requestFocus();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

}
