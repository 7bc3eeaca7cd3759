package org.secondlook.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes each column of a table to its widest text (header or cell) in the font the table draws with,
 * so nothing is cut with "…"; the user may still drag a column narrower or wider.
 */
public final class ColumnWidths {
    private static final double PADDING = 28;
    /** The vertical scroll bar and the table's border, in em of the cell text (the bar grows with the text). */
    private static final double SCROLL_BAR_EM = 2;

    private ColumnWidths() {
    }

    public static <S> void fitToContent(TableView<S> table) {
        Font font = cellFont(table);
        for (TableColumn<S, ?> c : table.getColumns()) {
            double widest = width(c.getText(), font);
            for (int i = 0; i < Math.min(table.getItems().size(), 500); i++) { // the first rows tell enough
                Object v = c.getCellData(i);
                widest = Math.max(widest, width(v == null ? "" : v.toString(), font));
            }
            c.setPrefWidth(Math.ceil(widest + PADDING));
            c.setMinWidth(Math.min(c.getPrefWidth(), 40));
        }
    }

    /** The width that shows the widest of {@code texts} uncut in a cell drawn with {@code font}. */
    public static double fittedWidth(Iterable<String> texts, Font font) {
        double widest = 0;
        for (String s : texts) {
            widest = Math.max(widest, width(s == null ? "" : s, font));
        }
        return Math.ceil(widest + PADDING);
    }

    /** The font the table's cells are drawn with (the root's text size applies to them). */
    public static Font cellFont(TableView<?> table) {
        return table.getScene() == null ? Font.getDefault() : fontOf(table);
    }

    /** Fits the columns now, whenever the rows change, and when the text size (the root's style) changes. */
    public static <S> void keepFitted(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> fitToContent(table));
        table.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                fitToContent(table);
                scene.getRoot().styleProperty().addListener((s, was, now) -> fitToContent(table));
            }
        });
    }

    /**
     * Keeps {@code holder} (the table's box in a split pane) at least as wide as the table's columns together,
     * so the split pane never squeezes a column into "…" or a sideways scroll bar.
     */
    public static <S> void holdWhole(TableView<S> table, javafx.scene.layout.Region holder) {
        java.util.List<javafx.beans.Observable> widths = new java.util.ArrayList<>();
        for (TableColumn<S, ?> c : table.getColumns()) {
            widths.add(c.prefWidthProperty());
        }
        widths.add(holder.insetsProperty());
        holder.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double sum = 0;
            for (TableColumn<S, ?> c : table.getColumns()) {
                sum += c.getPrefWidth();
            }
            var in = holder.getInsets();
            return Math.ceil(sum + SCROLL_BAR_EM * cellFont(table).getSize() + in.getLeft() + in.getRight());
        }, widths.toArray(javafx.beans.Observable[]::new)));
    }

    private static Font fontOf(TableView<?> table) {
        table.applyCss();
        javafx.scene.Node cell = table.lookup(".table-cell");
        if (cell instanceof javafx.scene.control.Labeled l) {
            return l.getFont();
        }
        javafx.scene.control.Label probe = new javafx.scene.control.Label();
        probe.getStyleClass().add("table-cell");
        javafx.scene.Group g = new javafx.scene.Group(probe);
        table.getScene().getRoot();
        javafx.scene.layout.Pane holder = table.getParent() instanceof javafx.scene.layout.Pane p ? p : null;
        if (holder == null) {
            return Font.getDefault();
        }
        holder.getChildren().add(g);
        g.setManaged(false);
        probe.applyCss();
        Font f = probe.getFont();
        holder.getChildren().remove(g);
        return f;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
