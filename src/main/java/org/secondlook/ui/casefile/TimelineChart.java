package org.secondlook.ui.casefile;

import org.secondlook.domain.FindingCategory;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.secondlook.ui.Messages;

/** The employment timeline: one bar per dated role, on a shared axis of months. */
public final class TimelineChart extends VBox {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    public TimelineChart() {
        setSpacing(4);
        setId("timeline");
    }

    public void show(List<TimelineEntry> entries, String totalText) {
        getChildren().clear();
        Label total = new Label(totalText);
        total.setId("timeline-total");
        total.setWrapText(true);
        getChildren().add(total);
        if (entries.isEmpty()) {
            Label none = new Label(Messages.get("timeline.none"));
            none.getStyleClass().add("hint-label");
            getChildren().add(none);
            return;
        }
        YearMonth min = entries.get(0).from();
        YearMonth max = entries.get(0).to();
        for (TimelineEntry e : entries) {
            min = e.from().isBefore(min) ? e.from() : min;
            max = e.to().isAfter(max) ? e.to() : max;
        }
        double span = Math.max(1, ChronoUnit.MONTHS.between(min, max) + 1);
        for (TimelineEntry e : entries) {
            Label text = new Label(Messages.get(e.qualifying() ? "timeline.entry"
                    : e.kind() == FindingCategory.CIVILIAN_IN_LE_AGENCY ? "timeline.entryCivilian" : "timeline.entryNotCounted",
                    e.role(), MONTH.format(e.from()), MONTH.format(e.to()), e.months()));
            text.setWrapText(true);
            Pane track = new Pane();
            track.setPrefHeight(10);
            track.setMinHeight(10);
            Rectangle bar = new Rectangle(0, 0, 0, 8);
            bar.getStyleClass().add(e.qualifying() ? "timeline-bar" : "timeline-bar-other");
            double offset = ChronoUnit.MONTHS.between(min, e.from()) / span;
            double width = e.months() / span;
            bar.xProperty().bind(track.widthProperty().multiply(offset));
            bar.widthProperty().bind(track.widthProperty().multiply(width));
            track.getChildren().add(bar);
            getChildren().addAll(text, track);
        }
    }
}
