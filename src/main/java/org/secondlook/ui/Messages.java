package org.secondlook.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All visible text comes from {@code org/secondlook/ui/messages.properties}; a test checks that
 * every key the code uses exists. Text is read-only data, so a static accessor is fine here.
 */
public final class Messages {
    public static final String BUNDLE = "org.secondlook.ui.messages";
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = TEXT.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** Whether the bundle holds {@code key} (used for keys built from enum names). */
    public static boolean has(String key) {
        return TEXT.containsKey(key);
    }
}
