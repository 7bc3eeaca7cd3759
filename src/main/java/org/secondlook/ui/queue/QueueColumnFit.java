package org.secondlook.ui.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.ui.ColumnWidths;

/**
 * Sizes the queue's columns so no header or cell is cut with "…", at any text size: each column gets
 * the width of its widest text in the table's font: the header, every word the column can show (label,
 * verdict, state) and the rows loaded so far (the queue loads pages; rows not yet loaded are never
 * fetched for this). Refitted when a page has loaded and when the text size changes. A column the user
 * dragged wider keeps that width.
 */
final class QueueColumnFit {
    private static final int SAMPLE_ROWS = 500;

    private final TableView<QueueRow> table;
    private final Map<TableColumn<QueueRow, ?>, Function<CaseSummary, String>> values;
    private final Map<TableColumn<QueueRow, ?>, List<String>> words;
    private final Map<TableColumn<QueueRow, ?>, Double> widenedByUser = new HashMap<>();
    private boolean fitting;

    QueueColumnFit(TableView<QueueRow> table, Map<TableColumn<QueueRow, ?>, Function<CaseSummary, String>> values,
                   Map<TableColumn<QueueRow, ?>, List<String>> words) {
        this.table = table;
        this.values = values;
        this.words = words;
    }

    /** Fits now and whenever {@code loading} turns false, the rows change or the text size changes. */
    void install(ObservableBooleanValue loading) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // a scroll bar rather than squeezed columns
        loading.addListener((o, was, now) -> {
            if (!now) {
                fit();
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<QueueRow>) c -> fit());
        table.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                fit();
                scene.getRoot().styleProperty().addListener((s, was, now) -> fit());
            }
        });
        for (TableColumn<QueueRow, ?> c : values.keySet()) {
            c.widthProperty().addListener((o, was, now) -> {
                if (!fitting && now.doubleValue() > was.doubleValue()) {
                    widenedByUser.put(c, now.doubleValue());
                }
            });
        }
    }

    void fit() {
        Font font = ColumnWidths.cellFont(table);
        fitting = true;
        try {
            for (Map.Entry<TableColumn<QueueRow, ?>, Function<CaseSummary, String>> e : values.entrySet()) {
                TableColumn<QueueRow, ?> c = e.getKey();
                List<String> texts = new ArrayList<>(words.getOrDefault(c, List.of()));
                texts.add(c.getText());
                for (int i = 0; i < Math.min(table.getItems().size(), SAMPLE_ROWS); i++) {
                    CaseSummary s = table.getItems().get(i).summary();
                    if (s != null) {
                        texts.add(e.getValue().apply(s));
                    }
                }
                double width = Math.max(ColumnWidths.fittedWidth(texts, font), widenedByUser.getOrDefault(c, 0.0));
                c.setPrefWidth(width);
            }
        } finally {
            fitting = false;
        }
    }
}
