package org.secondlook.ui;

/** Per-user settings the window remembers (theme, text size, blind-first, column choices). */
public interface UiPreferences {
    String get(String key, String fallback);

    void put(String key, String value);

    default int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(get(key, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A fraction strictly between 0.05 and 0.95 (a divider position), else the fallback. */
    default double getFraction(String key, double fallback) {
        try {
            double d = Double.parseDouble(get(key, Double.toString(fallback)));
            return d > 0.05 && d < 0.95 ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default boolean getBoolean(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    /** Settings kept only in memory (tests). */
    static UiPreferences inMemory() {
        java.util.Map<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        return new UiPreferences() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
