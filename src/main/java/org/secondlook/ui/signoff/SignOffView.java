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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.Messages;

/**
 * The sign-off screen: the queue of decided cases on the left; on the right the selected case's
 * decision, note, evidence and résumé, a comment box and approve / return. Keyboard: arrows move,
 * Space marks, Ctrl+Enter approves, Ctrl+Shift+R returns, Ctrl+Shift+A lists the marked cases to
 * approve together (Enter confirms, Escape cancels), F5 refreshes.
 */
public final class SignOffView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final KeyCombination APPROVE = KeyCombination.keyCombination("Shortcut+Enter");
    private static final KeyCombination RETURN = KeyCombination.keyCombination("Shortcut+Shift+R");
    private static final KeyCombination MANY = KeyCombination.keyCombination("Shortcut+Shift+A");

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
        table.getColumns().add(column("signoff.col.reason", p -> constant(p.reasonCode())));
        table.getColumns().add(column("signoff.col.by", p -> constant(p.decidedBy())));
        table.getColumns().add(column("signoff.col.at", p -> constant(TIME.format(p.decidedAt().atZone(zone)))));
        table.getColumns().add(column("signoff.col.office", p -> constant(p.fieldOffice())));
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
        VBox box = new VBox(6, table, new HBox(6, markOne, markAll, many, refresh));
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
        vm.selectedProperty().addListener((o, a, p) -> {
            decision.setText(p == null ? "" : Messages.get("signoff.decision", Messages.get("track." + p.track().name()),
                    vm.reasonLabel(p.reasonCode())));
            by.setText(p == null ? "" : Messages.get("signoff.decidedBy", p.decidedBy(),
                    TIME.format(p.decidedAt().atZone(zone)),
                    p.supersedesSignedOff() ? " \u2014 " + Messages.get("signoff.supersedes") : ""));
            note.setText(p == null ? "" : p.note() == null ? Messages.get("signoff.noNote")
                    : Messages.get("signoff.note", p.note()));
        });
        ListView<String> evidence = new ListView<>(vm.evidence());
        evidence.setId("signoff-evidence");
        evidence.setPrefHeight(120);
        TextArea resume = new TextArea();
        resume.setId("signoff-resume");
        resume.setEditable(false);
        resume.setWrapText(true);
        resume.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() == null ? ""
                : vm.detailProperty().get().resumeText(), vm.detailProperty()));
        comment.setId("signoff-comment");
        comment.setPromptText(Messages.get("signoff.commentPrompt"));
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Button approve = button("signoff-approve", "signoff.approve", vm::approve);
        approve.disableProperty().bind(vm.canApproveProperty().not());
        approve.setDefaultButton(false);
        Button back = button("signoff-return", "signoff.return", vm::returnSelected);
        back.disableProperty().bind(vm.canApproveProperty().not());
        VBox box = new VBox(6, decision, by, note, evidence, resume, new Label(Messages.get("signoff.comment")), comment,
                new HBox(6, approve, back));
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
                        + Messages.get("track." + p.track().name()) + " (" + p.reasonCode() + "), " + p.decidedBy());
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
            if (e.getCode() == KeyCode.ENTER) {
                vm.confirmMany();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelMany();
                e.consume();
            }
            return;
        }
        if (APPROVE.match(e)) {
            vm.approve();
        } else if (RETURN.match(e)) {
            if (vm.commentProperty().get().isBlank()) {
                comment.requestFocus();
            }
            vm.returnSelected();
        } else if (MANY.match(e)) {
            vm.reviewMarked();
        } else if (e.getCode() == KeyCode.F5) {
            vm.refresh();
        } else if (e.getCode() == KeyCode.SPACE && table.isFocused()) {
            vm.toggleMark();
        } else {
            return;
        }
        e.consume();
    }

    /** The screen for a logged-in supervisor, its queue loading (for a tab in the main window). */
    public static SignOffView forSession(org.secondlook.review.ReviewSession session,
                                         org.secondlook.ui.TaskExecutor executor, java.time.Clock clock) {
        SignOffViewModel vm = new SignOffViewModel(session, executor);
        SignOffView view = new SignOffView(vm, clock.getZone());
        vm.refresh();
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
