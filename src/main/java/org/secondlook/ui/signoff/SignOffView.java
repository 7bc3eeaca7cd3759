package org.secondlook.ui.signoff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/**
 * The sign-off screen: the queue of decided cases on the left; on the right the selected case's
 * decision, note, evidence and résumé, a comment box and approve / return. Keyboard: arrows move,
 * Space marks, Ctrl+Enter approves, Ctrl+Shift+R returns, Ctrl+Shift+A lists the marked cases to
 * approve together (Enter confirms, Escape cancels), F5 refreshes.
 */
public final class SignOffView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SignOffViewModel vm;
    private final TableView<PendingDecision> table = new TableView<>();
    private final TextArea comment = new TextArea();
    private final ZoneId zone;

    public SignOffView(SignOffViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
        getStyleClass().add("signoff-view");
        setId("signoff-view");
        Label title = new Label(Messages.get("signoff.title"));
        title.getStyleClass().add("title-label");
        Label message = new Label();
        message.setId("signoff-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label conflict = new Label();
        conflict.setId("signoff-conflict");
        conflict.setWrapText(true);
        conflict.getStyleClass().add("conflict-label");
        conflict.textProperty().bind(vm.conflictProperty());
        conflict.visibleProperty().bind(vm.conflictProperty().isNotEmpty());
        conflict.managedProperty().bind(conflict.visibleProperty());
        setTop(new VBox(4, title, message, conflict));

        SplitPane split = new SplitPane(queue(), new StackPane(detail(), confirmation()));
        split.setDividerPositions(0.45);
        setCenter(split);
        setPadding(new Insets(8));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private VBox queue() {
        table.setId("signoff-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(Messages.get("signoff.empty")));
        TableColumn<PendingDecision, String> mark = column("signoff.col.mark", p -> Bindings.createStringBinding(
                () -> vm.marked().contains(p.applicantId()) ? "\u2713" : "", vm.marked()));
        mark.setPrefWidth(32);
        table.getColumns().add(mark);
        table.getColumns().add(column("signoff.col.id", p -> constant(p.applicantId())));
        table.getColumns().add(column("signoff.col.name", p -> constant(p.fullName())));
        table.getColumns().add(column("signoff.col.decision", p -> constant(Messages.get("track." + p.track().name())
                + (p.supersedesSignedOff() ? " *" : ""))));
        table.getColumns().add(column("signoff.col.reason", p -> constant(vm.reasonLabel(p.reasonCode()))));
        table.getColumns().add(column("signoff.col.by", p -> constant(p.decidedBy())));
        table.getColumns().add(column("signoff.col.at", p -> constant(TIME.format(p.decidedAt().atZone(zone)))));
        table.getColumns().add(column("signoff.col.office", p -> constant(p.fieldOffice())));
        org.secondlook.ui.ColumnWidths.keepFitted(table); // columns sized to their text, at any text size
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        Button markOne = button("signoff-mark", "signoff.mark", vm::toggleMark);
        Button markAll = button("signoff-mark-all", "signoff.markAll", vm::markAll);
        Button many = button("signoff-review-marked", "signoff.reviewMarked", vm::reviewMarked);
        Button refresh = button("signoff-refresh", "signoff.refresh", vm::refresh);
        for (Button b : new Button[] {markOne, markAll, many, refresh}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.confirmingProperty()));
        }
        VBox box = new VBox(6, table, new javafx.scene.layout.FlowPane(6, 6, markOne, markAll, many, refresh));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox detail() {
        Label decision = new Label();
        decision.setId("signoff-decision");
        decision.getStyleClass().add("subtitle-label");
        decision.setWrapText(true);
        Label by = new Label();
        by.setId("signoff-decided-by");
        Label note = new Label();
        note.setId("signoff-note");
        note.setWrapText(true);
        for (Label l : new Label[] {decision, by, note}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole decision, never cut with "…"
        }
        vm.selectedProperty().addListener((o, a, p) -> {
            decision.setText(p == null ? "" : Messages.get("signoff.decision", SignOffViewModel.trackText(p.track()),
                    vm.reasonLabel(p.reasonCode())));
            by.setText(p == null ? "" : Messages.get("signoff.decidedBy", p.decidedBy(),
                    TIME.format(p.decidedAt().atZone(zone)),
                    p.supersedesSignedOff() ? " \u2014 " + Messages.get("signoff.supersedes") : ""));
            note.setText(p == null ? "" : p.note() == null ? Messages.get("signoff.noNote")
                    : Messages.get("signoff.note", p.note()));
        });
        org.secondlook.ui.casefile.CaseView resume = new org.secondlook.ui.casefile.CaseView(vm.caseFile());
        resume.setId("signoff-case");
        comment.setId("signoff-comment");
        comment.setPromptText(Messages.get("signoff.commentPrompt"));
        comment.setPrefRowCount(2); // the résumé keeps the room at large text
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Button approve = button("signoff-approve", "signoff.approve", vm::approve);
        approve.disableProperty().bind(vm.canApproveProperty().not());
        approve.setDefaultButton(false);
        Button back = button("signoff-return", "signoff.return", vm::returnSelected);
        back.disableProperty().bind(vm.canApproveProperty().not());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, approve, back);
        VBox box = new VBox(6, decision, by, note, resume, new Label(Messages.get("signoff.comment")), comment, actions);
        VBox.setVgrow(resume, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.visibleProperty().bind(vm.confirmingProperty().not());
        return box;
    }

    private VBox confirmation() {
        ListView<PendingDecision> list = new ListView<>(vm.confirmList());
        list.setId("signoff-confirm-list");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PendingDecision p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.applicantId() + "  " + p.fullName() + "  \u2192  "
                        + SignOffViewModel.trackText(p.track()) + " (" + vm.reasonLabel(p.reasonCode()) + "), " + p.decidedBy());
            }
        });
        Button confirm = button("signoff-confirm", "signoff.cancel", vm::confirmMany);
        confirm.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("signoff.confirm",
                vm.confirmList().size()), vm.confirmList()));
        confirm.disableProperty().bind(vm.busyProperty());
        Button cancel = button("signoff-cancel", "signoff.cancel", vm::cancelMany);
        VBox box = new VBox(6, new Label(Messages.get("signoff.confirmTitle")), list, new HBox(6, confirm, cancel));
        VBox.setVgrow(list, Priority.ALWAYS);
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
        } else if (AppAction.SIGNOFF_MARK.matches(e) && table.isFocused()) {
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
        table.requestFocus();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<PendingDecision, String> column(String key,
            Function<PendingDecision, ObservableValue<String>> value) {
        TableColumn<PendingDecision, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        return c;
    }

    private static ObservableValue<String> constant(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }
}
