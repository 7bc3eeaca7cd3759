package org.secondlook.app;

import java.nio.file.Path;
import java.util.Optional;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.OfficeConfig;
import org.secondlook.store.DataDirectory;

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
        Optional<String> config = configProblem();
        if (config.isPresent()) {
            System.err.println(config.get());
            System.exit(2);
        }
        javafx.application.Application.launch(DesktopApp.class);
    }

    /** The office's config/ files are checked before the window opens: a mistake is named with its file and line. */
    private static Optional<String> configProblem() {
        DataDirectory dataDir = DataDirectory.resolve(null, System.getenv(), Path.of(System.getProperty("user.home")));
        try {
            WorkstationFactory.analyzerFor(OfficeConfig.load(OfficeConfig.folderOf(dataDir.root())));
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
    }
}
