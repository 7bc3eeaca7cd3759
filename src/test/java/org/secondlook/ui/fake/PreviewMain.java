package org.secondlook.ui.fake;

/** Launcher for {@link PreviewApp} (a main class must not extend Application on the class path). */
public final class PreviewMain {
    private PreviewMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(PreviewApp.class, args);
    }
}
