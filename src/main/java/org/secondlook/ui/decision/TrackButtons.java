package org.secondlook.ui.decision;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.secondlook.domain.Track;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/** The two track buttons (name, what the track means, the key's icon), one toggle group kept in step with a track. */
public final class TrackButtons {
    private TrackButtons() {
    }

    /** A track button: the track's name in bold, its one-line detail below, the action's icon beside. */
    public static ToggleButton create(String id, Track track, AppAction action, ToggleGroup group) {
        String detailKey = "track." + track.name() + ".detail";
        Label name = new Label(Messages.get("track." + track.name()));
        name.setStyle("-fx-font-weight: bold;");
        Label detail = new Label(Messages.get(detailKey));
        detail.getStyleClass().add("track-detail");
        VBox text = new VBox(1, name, detail);
        HBox graphic = new HBox(8, ActionRegistry.icon(action), text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        ToggleButton b = new ToggleButton(null, graphic);
        b.setId(id);
        b.setUserData(track);
        b.setToggleGroup(group);
        b.getStyleClass().add("track-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleText(Messages.get("track." + track.name()) + ", " + Messages.get(detailKey));
        return b;
    }

    /** Keeps the group's selected button and {@code track} the same, both ways. */
    public static void bind(ToggleGroup group, ObjectProperty<Track> track) {
        group.selectedToggleProperty().addListener((o, a, b) -> track.set(b == null ? null : (Track) b.getUserData()));
        track.addListener((o, a, t) -> {
            javafx.scene.control.Toggle target = group.getToggles().stream().filter(x -> x.getUserData() == t)
                    .findFirst().orElse(null);
            if (group.getSelectedToggle() != target) {
                group.selectToggle(target);
            }
        });
    }
}
