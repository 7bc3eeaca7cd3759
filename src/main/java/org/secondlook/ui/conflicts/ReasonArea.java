package org.secondlook.ui.conflicts;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.secondlook.ui.Messages;

/** The reason a supervisor writes before choosing in a conflict list, and the hint beside its buttons. */
final class ReasonArea {
    private ReasonArea() {
    }

    /**
     * The reason field bound to {@code vm}, read-only for those who may not choose. Tab leaves it for
     * {@code next} (a reason has no tab characters), or for {@code back} when {@code next} is disabled;
     * Shift+Tab goes back to {@code back}.
     */
    static TextArea of(String id, String promptKey, int rows, ConflictChoiceModel<?> vm, Node back, Button next) {
        TextArea reason = new TextArea();
        reason.setId(id);
        reason.setPromptText(Messages.get(promptKey));
        reason.setPrefRowCount(rows);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.setDisable(!vm.mayResolve());
        reason.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                if (e.isShiftDown() || next.isDisabled()) {
                    back.requestFocus();
                } else {
                    next.requestFocus();
                }
            }
        });
        return reason;
    }

    /** Says what the buttons need (or that this account only looks), while they cannot be used. */
    static Label hint(ConflictChoiceModel<?> vm) {
        Label hint = new Label(vm.mayResolve() ? Messages.get("conflicts.buttonsHint") : Messages.get("conflicts.readOnly"));
        hint.getStyleClass().add("hint-label");
        hint.visibleProperty().bind(vm.canResolveProperty().not());
        return hint;
    }
}
