package org.secondlook.ui.lock;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/**
 * Wraps the window's content: while locked, the content (résumé included) is hidden and disabled and
 * a password prompt covers it. The content node is kept as it is, so unsaved work in it (the
 * decision panel's track, reason and note) is still there after unlocking, and focus returns to it.
 */
public final class LockLayer extends StackPane {
    private final PasswordField password = new PasswordField();
    private Node focusBefore;

    public LockLayer(Node content, LockViewModel vm, java.time.Duration idleTime) {
        setId("lock-layer");
        Label title = new Label(Messages.get("lock.title", idleTime.toMinutes()));
        title.getStyleClass().add("title-label");
        Label prompt = new Label(Messages.get("lock.prompt", vm.user()));
        prompt.setWrapText(true);
        password.setId("lock-password");
        password.setPromptText(Messages.get("lock.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.unlock());
        password.setMaxWidth(320);
        Button unlock = new Button(Messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setOnAction(e -> vm.unlock());
        unlock.disableProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("lock-message");
        message.textProperty().bind(vm.messageProperty());
        VBox overlay = new VBox(10, title, prompt, password, unlock, message);
        overlay.setId("lock-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setMaxWidth(420);
        overlay.visibleProperty().bind(vm.lockedProperty());
        overlay.managedProperty().bind(overlay.visibleProperty());
        overlay.getStyleClass().add("panel");
        content.visibleProperty().bind(vm.lockedProperty().not());
        content.disableProperty().bind(vm.lockedProperty());
        getChildren().addAll(content, overlay);
        vm.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                focusBefore = getScene() == null ? null : getScene().getFocusOwner();
                password.requestFocus();
            } else if (focusBefore != null) {
                focusBefore.requestFocus();
                focusBefore = null;
            }
        });
    }
}
