package org.secondlook.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings in the user's java.util.prefs tree (per operating-system user). */
public final class JavaUiPreferences implements UiPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(JavaUiPreferences.class);
    private final Preferences node;

    public JavaUiPreferences(Preferences node) {
        this.node = node;
    }

    /** The default node for the desktop app. */
    public static JavaUiPreferences forCurrentUser() {
        return new JavaUiPreferences(Preferences.userRoot().node("org/secondlook/ui"));
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value); // java.util.prefs writes it out in the background and at exit
    }

    /** Writes pending settings now (on closing the window). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the window settings", e);
        }
    }
}
