package org.secondlook.ui.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/**
 * One chart of the dashboard with its numbers one click away: the *Numbers* toggle shows the table of the
 * values the chart draws (series, category, value) in its place.
 */
final class ChartPanel extends VBox {
    private final String key;
    private final Node chart;
    private final TableView<NumberRow> numbers = new TableView<>();
    private final ToggleButton toggle = new ToggleButton(Messages.get("dashboard.numbers"));

    ChartPanel(String key, Node chart) {
        this.key = key;
        this.chart = chart;
        setId("dashboard-" + key);
        getStyleClass().add("dashboard-panel");
        Label title = new Label(Messages.get("dashboard." + key));
        title.getStyleClass().add("section-label");
        // the whole title at any text size: it wraps, and the Numbers button keeps its word
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setId("dashboard-" + key + "-numbers");
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(6, title, toggle);
        head.setAlignment(Pos.CENTER_LEFT);
        numbers.setId("dashboard-" + key + "-table");
        numbers.getColumns().add(column("dashboard.col.series", NumberRow::series));
        numbers.getColumns().add(column("dashboard.col.category", NumberRow::category));
        numbers.getColumns().add(column("dashboard.col.value", NumberRow::value));
        numbers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        numbers.visibleProperty().bind(toggle.selectedProperty());
        chart.visibleProperty().bind(toggle.selectedProperty().not());
        StackPane body = new StackPane(chart, numbers);
        body.setPrefHeight(300);
        body.setMinHeight(240);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(head, body);
    }

    String key() {
        return key;
    }

    void setNumbers(List<NumberRow> rows) {
        numbers.getItems().setAll(rows);
    }

    TableView<NumberRow> numbers() {
        return numbers;
    }

    ToggleButton toggle() {
        return toggle;
    }

    /** Writes the chart, as drawn now (also while its table is shown), to a PNG file. */
    void writePng(Path file) throws IOException {
        boolean table = toggle.isSelected();
        toggle.setSelected(false);
        try {
            WritableImage image = chart.snapshot(new SnapshotParameters(), null);
            ChartPng.write(image, file);
        } finally {
            toggle.setSelected(table);
        }
    }

    static TableColumn<NumberRow, String> column(String key, java.util.function.Function<NumberRow, String> value) {
        TableColumn<NumberRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
