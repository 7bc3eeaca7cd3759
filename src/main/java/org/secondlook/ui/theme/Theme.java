package org.secondlook.ui.theme;

/** The three colour themes; each is a small stylesheet over the shared {@code base.css}. */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css"), HIGH_CONTRAST("high-contrast.css");

    private final String file;

    Theme(String file) {
        this.file = file;
    }

    public String stylesheet() {
        return Theme.class.getResource(file).toExternalForm();
    }

    public static String baseStylesheet() {
        return Theme.class.getResource("base.css").toExternalForm();
    }

    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
