package org.secondlook.app;

import java.util.Optional;

/** Starts the desktop app after the preflight check. */
final class Desktop {
    private Desktop() {
    }

    static void start() {
        Optional<String> problem = DesktopPreflight.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(2);
        }
        javafx.application.Application.launch(DesktopApp.class);
    }
}
