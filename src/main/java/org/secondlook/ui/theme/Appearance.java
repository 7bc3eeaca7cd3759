package org.secondlook.ui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.secondlook.ui.UiPreferences;

/**
 * Theme and text size for every window of the app, remembered per user. Scenes registered with
 * {@link #apply(Scene)} follow changes at once.
 */
public final class Appearance {
    public static final int DEFAULT_SIZE = 13;
    public static final int MIN_SIZE = 10;
    public static final int MAX_SIZE = 28;
    static final String THEME_KEY = "theme";
    static final String SIZE_KEY = "textSize";

    private final UiPreferences prefs;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final List<Scene> scenes = new ArrayList<>();

    public Appearance(UiPreferences prefs) {
        this.prefs = prefs;
        theme.set(Theme.parse(prefs.get(THEME_KEY, Theme.LIGHT.name())));
        textSize.set(clamp(prefs.getInt(SIZE_KEY, DEFAULT_SIZE)));
        theme.addListener((o, a, b) -> {
            prefs.put(THEME_KEY, b.name());
            scenes.forEach(this::style);
        });
        textSize.addListener((o, a, b) -> {
            prefs.put(SIZE_KEY, Integer.toString(b.intValue()));
            scenes.forEach(this::style);
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public void bigger() {
        textSize.set(clamp(textSize.get() + 1));
    }

    public void smaller() {
        textSize.set(clamp(textSize.get() - 1));
    }

    public void resetSize() {
        textSize.set(DEFAULT_SIZE);
    }

    /** Styles the scene now and whenever theme or size change. */
    public void apply(Scene scene) {
        if (!scenes.contains(scene)) {
            scenes.add(scene);
            scene.rootProperty().addListener((o, a, b) -> style(scene));
        }
        style(scene);
    }

    /** Styles a detached root (dialogs). */
    public void applyTo(Parent root) {
        root.getStylesheets().setAll(Theme.baseStylesheet(), theme.get().stylesheet());
        root.setStyle("-fx-font-size: " + textSize.get() + "px;");
    }

    private void style(Scene scene) {
        scene.getStylesheets().setAll(Theme.baseStylesheet(), theme.get().stylesheet());
        if (scene.getRoot() != null) {
            scene.getRoot().setStyle("-fx-font-size: " + textSize.get() + "px;");
        }
    }

    private static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }
}
