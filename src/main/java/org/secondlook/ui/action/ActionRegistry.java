package org.secondlook.ui.action;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.secondlook.ui.Messages;

/**
 * Binds the action table to what the screens can do: each action gets a command (what it runs and
 * when it is enabled); menus, toolbar buttons, accelerators and the overlay come from here.
 */
public final class ActionRegistry {
    private record Command(Runnable run, ObservableBooleanValue enabled, BooleanProperty toggle) {
    }

    private final Map<AppAction, Command> commands = new EnumMap<>(AppAction.class);

    /** Binds an action that is always enabled. */
    public void bind(AppAction action, Runnable run) {
        commands.put(action, new Command(run, null, null));
    }

    /** Binds an action that is enabled while {@code enabled} is true. */
    public void bind(AppAction action, Runnable run, ObservableBooleanValue enabled) {
        commands.put(action, new Command(run, enabled, null));
    }

    /** Binds an on/off setting (shown as a check item). */
    public void bindToggle(AppAction action, BooleanProperty value) {
        commands.put(action, new Command(() -> value.set(!value.get()), null, value));
    }

    public boolean isBound(AppAction action) {
        return commands.containsKey(action);
    }

    /** Runs the action if it is bound and enabled; returns whether it ran. */
    public boolean execute(AppAction action) {
        Command c = commands.get(action);
        if (c == null || (c.enabled() != null && !c.enabled().get())) {
            return false;
        }
        c.run().run();
        return true;
    }

    /** One menu per action group, holding the bound actions, with their keys as accelerators. */
    public MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        for (AppAction.Group group : AppAction.Group.values()) {
            if (group.compareTo(AppAction.Group.VIEW) > 0) {
                continue; // the other tabs' keys are in the overlay, not in the menus
            }
            Menu menu = new Menu(Messages.get("menu." + group.name().toLowerCase(java.util.Locale.ROOT)));
            for (AppAction action : AppAction.values()) {
                if (action.group() == group && commands.containsKey(action)) {
                    menu.getItems().add(menuItem(action));
                }
            }
            if (!menu.getItems().isEmpty()) {
                bar.getMenus().add(menu);
            }
        }
        return bar;
    }

    private MenuItem menuItem(AppAction action) {
        Command c = commands.get(action);
        MenuItem item;
        if (c.toggle() != null) {
            CheckMenuItem check = new CheckMenuItem(Messages.get(action.textKey()));
            check.selectedProperty().bindBidirectional(c.toggle());
            item = check;
        } else {
            item = new MenuItem(Messages.get(action.textKey()));
            item.setOnAction(e -> execute(action));
            if (c.enabled() != null) {
                item.disableProperty().bind(Bindings.not(c.enabled()));
            }
        }
        item.setId("menu-" + action.name());
        item.setGraphic(icon(action));
        action.keyCombination().ifPresent(item::setAccelerator);
        return item;
    }

    /** A toolbar button: icon and text, the key in its tooltip; it never takes focus from the work. */
    public Button button(AppAction action) {
        Button b = new Button(Messages.get(action.textKey()), icon(action));
        b.setId("action-" + action.name());
        b.setContentDisplay(ContentDisplay.LEFT);
        String tip = Messages.get(action.textKey()) + action.keyCombination().map(k -> " (" + k.getDisplayText() + ")").orElse("");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> execute(action));
        Command c = commands.get(action);
        if (c != null && c.enabled() != null) {
            b.disableProperty().bind(Bindings.not(c.enabled()));
        }
        return b;
    }

    public static FontIcon icon(AppAction action) {
        FontIcon icon = new FontIcon(action.icon());
        icon.getStyleClass().add("action-icon");
        return icon;
    }

    /**
     * Installs key handling on the scene: the alternative keys for text size ({@code Ctrl+=},
     * keypad plus), and {@code ?} for the overlay when the focus is not in a text field. The menu
     * accelerators install themselves with the menu bar.
     */
    public Runnable install(Scene scene, Runnable showOverlay) {
        List<KeyCombination> bigger = List.of(KeyCombination.valueOf("Shortcut+Equals"), KeyCombination.valueOf("Shortcut+Add"),
                KeyCombination.valueOf("Shortcut+Shift+Equals"));
        KeyCombination smaller = KeyCombination.valueOf("Shortcut+Subtract");
        bigger.forEach(k -> scene.getAccelerators().put(k, () -> execute(AppAction.TEXT_BIGGER)));
        scene.getAccelerators().put(smaller, () -> execute(AppAction.TEXT_SMALLER));
        EventHandler<KeyEvent> typed = e -> {
            if (AppAction.OVERLAY_CHARACTER.equals(e.getCharacter())
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                showOverlay.run();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        return () -> {
            bigger.forEach(scene.getAccelerators()::remove);
            scene.getAccelerators().remove(smaller);
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        };
    }

    /**
     * Rows for the shortcut overlay, grouped as the menus are: a heading row {@code (menu name, null)},
     * then {@code (action text, key text)} for every bound action with a key.
     */
    public List<String[]> shortcutRows() {
        List<String[]> rows = new ArrayList<>();
        for (AppAction.Group g : AppAction.Group.values()) {
            List<String[]> group = new ArrayList<>();
            for (AppAction a : AppAction.values()) {
                if (a.group() == g && commands.containsKey(a)) {
                    a.keyCombination().ifPresent(k -> group.add(new String[] {Messages.get(a.textKey()), k.getDisplayText()}));
                }
            }
            if (g == AppAction.Group.VIEW) {
                group.add(new String[] {Messages.get("action.shortcuts"), AppAction.OVERLAY_CHARACTER});
            }
            if (!group.isEmpty()) {
                rows.add(new String[] {Messages.get("menu." + g.name().toLowerCase(java.util.Locale.ROOT)), null});
                rows.addAll(group);
            }
        }
        return rows;
    }
}
