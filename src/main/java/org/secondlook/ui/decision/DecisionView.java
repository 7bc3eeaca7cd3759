package org.secondlook.ui.decision;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.secondlook.domain.Track;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/** The decision panel: evidence summary, the two tracks, reason, note and the commands. */
public final class DecisionView extends VBox {
    private final DecisionViewModel vm;
    private final ToggleButton leo;
    private final ToggleButton academy;
    private final ReasonList reason;
    private final TextArea note = new TextArea();

    public DecisionView(DecisionViewModel vm, ActionRegistry actions) {
        this.vm = vm;
        setSpacing(8);
        getStyleClass().addAll("panel", "decision-panel");
        Label heading = new Label(Messages.get("decision.title"));
        heading.getStyleClass().add("section-label");

        GridPane evidence = new GridPane();
        evidence.setHgap(8);
        evidence.setVgap(4);
        Label tool = badge("decision-tool-label", vm.toolLabelProperty());
        Label verdict = badge("decision-verdict", vm.verdictProperty());
        Label hidden = new Label(Messages.get("decision.hiddenBlind"));
        hidden.setId("decision-hidden");
        hidden.getStyleClass().add("hint-label");
        hidden.setWrapText(true);
        evidence.addRow(0, new Label(Messages.get("decision.toolSaid")), tool);
        evidence.addRow(1, new Label(Messages.get("decision.analyzerSaid")), verdict);
        evidence.visibleProperty().bind(vm.evidenceRevealedProperty());
        evidence.managedProperty().bind(evidence.visibleProperty());
        hidden.visibleProperty().bind(vm.evidenceRevealedProperty().not());
        hidden.managedProperty().bind(hidden.visibleProperty());

        Label previous = new Label();
        previous.setId("decision-previous");
        previous.setWrapText(true);
        previous.getStyleClass().add("previous-decision");
        previous.textProperty().bind(vm.previousProperty());
        previous.visibleProperty().bind(previous.textProperty().isNotEmpty());
        previous.managedProperty().bind(previous.visibleProperty());

        ToggleGroup tracks = new ToggleGroup();
        leo = TrackButtons.create("decision-track-leo", Track.LEO, AppAction.TRACK_LEO, tracks);
        academy = TrackButtons.create("decision-track-academy", Track.ACADEMY, AppAction.TRACK_ACADEMY, tracks);
        TrackButtons.bind(tracks, vm.trackProperty());

        reason = new ReasonList(vm.choice());
        Label reasonLabel = new Label(Messages.get("decision.reason"));
        reasonLabel.setLabelFor(reason);
        Label reasonHint = new Label();
        reasonHint.setId("decision-reason-hint");
        reasonHint.getStyleClass().add("hint-label");
        reasonHint.setWrapText(true);
        reasonHint.textProperty().bind(Bindings.createStringBinding(() -> vm.trackProperty().get() == null
                ? Messages.get("decision.reasonAfterTrack")
                : vm.reasonProperty().get() != null ? Messages.get("decision.reasonChosen")
                : vm.suggestedProperty().get() != null ? Messages.get("decision.reasonSuggested")
                : Messages.get("decision.reasonPick"), vm.trackProperty(), vm.reasonProperty(), vm.suggestedProperty()));
        vm.trackProperty().addListener((o, a, t) -> {
            if (t != null && vm.reasonProperty().get() == null && !note.isFocused()) {
                reason.requestFocus();
            }
        });
        reason.pickByDigitIn(this);

        note.setId("decision-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(Messages.get("decision.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteLabel = new Label(Messages.get("decision.note"));
        noteLabel.setLabelFor(note);

        Button save = actions.button(AppAction.SAVE_AND_NEXT);
        save.setId("decision-save");
        save.setDefaultButton(false);
        save.setMaxWidth(Double.MAX_VALUE);
        Button refer = actions.button(AppAction.REFER);
        refer.setId("decision-refer");
        Button undo = actions.button(AppAction.UNDO_DECISION);
        undo.setId("decision-undo");
        javafx.scene.layout.FlowPane secondary = new javafx.scene.layout.FlowPane(6, 6, refer, undo); // wraps at large text

        Label message = new Label();
        message.setId("decision-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label conflict = new Label();
        conflict.setId("decision-conflict");
        conflict.setWrapText(true);
        conflict.getStyleClass().addAll("error-label", "conflict-box");
        conflict.textProperty().bind(vm.conflictProperty());
        conflict.visibleProperty().bind(vm.conflictProperty().isNotEmpty());
        conflict.managedProperty().bind(conflict.visibleProperty());

        Label agreement = new Label();
        agreement.setId("decision-agreement");
        agreement.setWrapText(true);
        agreement.getStyleClass().add("hint-label");
        agreement.textProperty().bind(vm.agreementProperty());
        agreement.visibleProperty().bind(agreement.textProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        VBox form = new VBox(8, leo, academy, agreement, reasonLabel, reasonHint, reason, noteLabel, note, save, secondary);
        form.disableProperty().bind(Bindings.not(vm.mayDecideProperty()));
        getChildren().addAll(heading, evidence, hidden, previous, form, conflict, message);
    }

    private static Label badge(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("tool-badge");
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    public void focusReason() {
        reason.requestFocus();
    }

    public void focusNote() {
        note.requestFocus();
    }
}
