package org.secondlook.cli;

import java.nio.file.Path;
import java.util.Map;
import org.secondlook.review.Workstations;

/**
 * What the command line needs from outside: the environment variables, the user's home (for the
 * default data directory) and the services, wired in the composition root ({@code app}).
 */
public record CliContext(Map<String, String> env, Path userHome, Workstations workstations, boolean logFile) {
    public CliContext {
        env = Map.copyOf(env);
    }

    /** With a log file that can be written. */
    public CliContext(Map<String, String> env, Path userHome, Workstations workstations) {
        this(env, userHome, workstations, true);
    }

    /**
     * The real environment without services: enough for the commands that need no data directory
     * ({@code analyze}, {@code evaluate}, {@code demo}, {@code bench analyze}). The jar's entry point
     * passes the wired services.
     */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), dataDir -> {
            throw new IllegalStateException("This command needs the services wired by org.secondlook.app.Main.");
        });
    }
}
