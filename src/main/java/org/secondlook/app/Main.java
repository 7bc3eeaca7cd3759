package org.secondlook.app;

import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.secondlook.store.PrivateTempFolder;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application}: with no
 * arguments it starts the desktop app, with a sub-command it runs the command line, which never
 * loads the JavaFX toolkit and works with no display. Temporary files of the libraries that write
 * them (POI's, during an export) go to the data directory's owner-only {@code tmp/} folder.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ShortCommand.tuneCompiler(args);
        boolean logFile = LogDirectory.set(args, System.getenv(), Path.of(System.getProperty("user.home")));
        // Logging starts on a second thread (LogStart), so a logger used meanwhile is SLF4J's stand-in whose
        // events are replayed: by design, not a fault. SLF4J would say so on stderr ("A number (1) of logging
        // calls ... replayed") under the command's one sentence; its own errors still show.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        LogStart.begin(); // on a second core, while the command is parsed and the key derived
        if (!logFile) {
            System.err.println("The log folder " + System.getProperty(LogDirectory.PROPERTY)
                    + " cannot be written: this run keeps no log.");
        }
        PrivateTempFolder.prepare(LogDirectory.dataDirectory(args, System.getenv(), Path.of(System.getProperty("user.home"))))
                .ifPresent(folder -> TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile())));
        if (args.length == 0) {
            Desktop.start();
        } else {
            System.exit(CommandLineApp.run(args, logFile));
        }
    }
}
