package org.secondlook.ui.conflicts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.secondlook.review.remediation.OfficeTraining.Conflict;
import org.secondlook.ui.Messages;

/**
 * The conflicts screen's lower part: open training conflicts (one applicant's record moved differently by two
 * offices), each with both offices and their states; a required reason, and one button per office to keep its
 * record. Keyboard: arrows in the list, Tab to the reason and on to the buttons.
 */
final class TrainingConflictsPane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final TrainingConflictsViewModel vm;
    private final ZoneId zone;
    private final TableView<Conflict> table = new TableView<>();

    TrainingConflictsPane(TrainingConflictsViewModel vm, ZoneId zone) {
        super(6);
        this.vm = vm;
        this.zone = zone;
        setId("training-conflicts");
        Label title = new Label(Messages.get("conflicts.training.title"));
        title.getStyleClass().add("subtitle-label");
        Label intro = new Label(Messages.get("conflicts.training.intro"));
        intro.getStyleClass().add("hint-label");
        intro.setWrapText(true);
        Label message = new Label();
        message.setId("training-conflicts-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failedProperty().addListener((o, a, bad) -> {
            message.getStyleClass().remove("error-label");
            if (bad) {
                message.getStyleClass().add("error-label");
            }
        });

        table.setId("training-conflicts-table");
        table.setItems(vm.rows());
        Label empty = new Label(Messages.get("conflicts.training.none"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(ConflictsView.column("conflicts.training.col.conflict", c -> Long.toString(c.id()), 80));
        table.getColumns().add(ConflictsView.column("conflicts.training.col.id", Conflict::applicantId, 110));
        table.getColumns().add(ConflictsView.column("conflicts.training.col.office", Conflict::office, 130));
        table.getColumns().add(ConflictsView.column("conflicts.training.col.state", Conflict::state, 110));
        table.getColumns().add(ConflictsView.column("conflicts.training.col.other", Conflict::otherOffice, 130));
        table.getColumns().add(ConflictsView.column("conflicts.training.col.otherState", Conflict::otherState, 110));
        table.getColumns().add(ConflictsView.column("conflicts.col.created", c -> time(c.createdAt()), 130));
        table.setPrefHeight(140);
        org.secondlook.ui.ColumnWidths.keepFitted(table);
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

        Label reasonLabel = new Label(Messages.get("conflicts.reason"));
        Button keepOffice = keepButton("training-conflicts-keep-office", Conflict::office);
        keepOffice.setOnAction(e -> vm.keepOffice());
        Button keepOther = keepButton("training-conflicts-keep-other", Conflict::otherOffice);
        keepOther.setOnAction(e -> vm.keepOtherOffice());
        TextArea reason = ReasonArea.of("training-conflicts-reason", "conflicts.training.reasonPrompt", 2, vm, table,
                keepOffice);
        reasonLabel.setLabelFor(reason);
        Label hint = ReasonArea.hint(vm);
        HBox buttons = new HBox(8, keepOffice, keepOther, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, message, table, reasonLabel, reason, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(8, 0, 0, 0));
    }

    private Button keepButton(String id, Function<Conflict, String> office) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("conflicts.training.keep",
                vm.selectedProperty().get() == null ? "\u2014" : office.apply(vm.selectedProperty().get())),
                vm.selectedProperty()));
        b.disableProperty().bind(vm.canResolveProperty().not());
        return b;
    }

    private String time(Instant at) {
        return at == null ? "\u2014" : TIME.format(at.atZone(zone));
    }
}
