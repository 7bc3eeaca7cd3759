package org.secondlook.ui.qa;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.domain.Track;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.decision.ReasonList;
import org.secondlook.ui.decision.TrackButtons;
import org.secondlook.ui.decision.TrackReasonChoice;

/**
 * The parts both QA screens build alike: the heading with its intro and message line, columns, buttons, the
 * list following the selection, the track buttons.
 */
final class QaScreens {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private QaScreens() {
    }

    /** Title, a wrapped intro sentence and the message line (bound to {@code message}). */
    static VBox heading(String titleKey, String introKey, String messageId, ObservableStringValue message) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("title-label");
        Label intro = wrapped(new Label(Messages.get(introKey)));
        intro.getStyleClass().add("hint-label");
        return new VBox(4, title, intro, messageLine(messageId, message));
    }

    /**
     * The short heading of a screen short of height: the title, the message line beside it and the
     * {@code trailing} controls at the right on one line, the wrapped intro below.
     */
    static VBox compactHeading(String titleKey, String introKey, String messageId, ObservableStringValue message,
                               javafx.scene.Node... trailing) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("title-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label line = messageLine(messageId, message);
        line.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(12, title, line);
        top.getChildren().addAll(trailing);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(line, javafx.scene.layout.Priority.ALWAYS);
        Label intro = wrapped(new Label(Messages.get(introKey)));
        intro.getStyleClass().add("hint-label");
        return new VBox(2, top, intro);
    }

    private static Label messageLine(String id, ObservableStringValue message) {
        Label line = wrapped(new Label());
        line.setId(id);
        line.textProperty().bind(message);
        return line;
    }

    /** A label that wraps and is never cut with "…". */
    static Label wrapped(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(nz(value.apply(f.getValue()))));
        return c;
    }

    static <T> void placeholder(TableView<T> table, String key) {
        Label empty = wrapped(new Label(Messages.get(key)));
        table.setPlaceholder(empty);
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** The day of {@code at}, e.g. 2026-11-02. */
    static String day(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }

    /** A form that scrolls when the window is too small for it (large text), never sideways. */
    static javafx.scene.control.ScrollPane scrolling(Region form) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the form's list grows and shrinks with the height; it scrolls only below its minimum
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("decision-scroll");
        scroll.setMinWidth(0);
        return scroll;
    }

    /** Keeps the table's selected row and {@code selected} the same, both ways. */
    static <T> void followSelection(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
    }

    /**
     * The two track buttons ({@code idPrefix}-leo and {@code idPrefix}-academy, with their keys' icons), kept
     * in step with the choice's track; choosing a track with no reason yet moves to {@code reason}, unless
     * {@code stay} says the focus is better left where it is.
     */
    static List<ToggleButton> trackButtons(String idPrefix, AppAction leoKey, AppAction academyKey,
                                           TrackReasonChoice choice, ReasonList reason, BooleanSupplier stay) {
        ToggleGroup tracks = new ToggleGroup();
        ToggleButton leo = TrackButtons.create(idPrefix + "-leo", Track.LEO, leoKey, tracks);
        ToggleButton academy = TrackButtons.create(idPrefix + "-academy", Track.ACADEMY, academyKey, tracks);
        TrackButtons.bind(tracks, choice.trackProperty());
        choice.trackProperty().addListener((o, a, t) -> {
            if (t != null && choice.reasonProperty().get() == null && !stay.getAsBoolean()) {
                reason.requestFocus();
            }
        });
        return List.of(leo, academy);
    }

    /** The form beside the case: its parts one above the other, usable only while a case is selected. */
    static VBox form(String id, ObjectProperty<?> selected, Node... parts) {
        VBox form = new VBox(8, parts);
        form.setId(id);
        form.getStyleClass().addAll("panel", "decision-panel");
        form.disableProperty().bind(selected.isNull());
        form.setMinWidth(0);
        return form;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
