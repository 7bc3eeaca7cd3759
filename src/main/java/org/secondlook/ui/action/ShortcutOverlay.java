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
        grid.setHgap(18);
        grid.setVgap(4);
        // two columns of groups, so the whole table fits on a laptop screen
        int half = rows.size();
        for (int i = 1; i < rows.size(); i++) { // start the second column at the heading nearest the middle
            if (rows.get(i)[1] == null && Math.abs(i - rows.size() / 2) < Math.abs(half - rows.size() / 2)) {
                half = i;
            }
        }
        int r = 0;
        int col = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == half) {
                r = 0;
                col = 2;
            }
            String[] row = rows.get(i);
            if (row[1] == null) {
                Label heading = new Label(row[0]);
                heading.getStyleClass().add("section-label");
                grid.add(heading, col, r++, 2, 1);
            } else {
                Label key = new Label(row[1]);
                key.getStyleClass().add("key-cap");
                grid.add(new Label(row[0]), col, r);
                grid.add(key, col + 1, r++);
            }
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
