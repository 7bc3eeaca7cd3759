package org.secondlook.ui.action;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.secondlook.ui.Messages;

/** The "?" overlay: every key the window knows, from the action table. */
public final class ShortcutOverlay {
    private ShortcutOverlay() {
    }

    public static Dialog<ButtonType> create(Window owner, List<String[]> rows) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(Messages.get("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setId("shortcut-overlay");
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        int r = 0;
        for (String[] row : rows) {
            Label key = new Label(row[1]);
            key.getStyleClass().add("key-cap");
            grid.addRow(r++, new Label(row[0]), key);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return dialog;
    }
}
