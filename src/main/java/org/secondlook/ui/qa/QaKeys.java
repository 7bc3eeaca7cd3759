package org.secondlook.ui.qa;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyEvent;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/**
 * One QA screen's keys, listed once: each action with what it does, feeding both the screen's key filter
 * (which runs it even while disabled, so that the model can say what is missing) and the action table's
 * registry (which shows the shortcut overlay, greyed out while disabled).
 */
final class QaKeys {
    private final Map<AppAction, Runnable> commands = new LinkedHashMap<>();
    private final Map<AppAction, ObservableBooleanValue> enabled = new HashMap<>();

    QaKeys on(AppAction action, Runnable command) {
        commands.put(action, command);
        return this;
    }

    QaKeys on(AppAction action, Runnable command, ObservableBooleanValue when) {
        enabled.put(action, when);
        return on(action, command);
    }

    /** The key filter: runs the first action whose key this is, and consumes the key. */
    void handle(KeyEvent e) {
        for (Map.Entry<AppAction, Runnable> c : commands.entrySet()) {
            if (c.getKey().matches(e)) {
                c.getValue().run();
                e.consume();
                return;
            }
        }
    }

    /** Puts every action into the action table's registry, so the shortcut overlay lists them. */
    void bindTo(ActionRegistry actions) {
        commands.forEach((action, command) -> {
            ObservableBooleanValue when = enabled.get(action);
            if (when == null) {
                actions.bind(action, command);
            } else {
                actions.bind(action, command, when);
            }
        });
    }
}
