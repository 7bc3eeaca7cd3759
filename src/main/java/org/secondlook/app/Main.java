package org.secondlook.app;

import java.nio.file.Path;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application}: with no
 * arguments it starts the desktop app, with a sub-command it runs the command line, which never
 * loads the JavaFX toolkit and works with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogDirectory.set(args, System.getenv(), Path.of(System.getProperty("user.home")));
        if (args.length == 0) {
            Desktop.start();
        } else {
            System.exit(CommandLineApp.run(args));
        }
    }
}
