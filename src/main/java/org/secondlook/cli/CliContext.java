package org.secondlook.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line needs from outside: the environment variables, the user's home (for the
 * default data directory) and the factory that builds the services.
 */
public record CliContext(Map<String, String> env, Path userHome, WorkstationFactory workstations, boolean logFile) {
    public CliContext {
        env = Map.copyOf(env);
    }

    /** With a log file that can be written. */
    public CliContext(Map<String, String> env, Path userHome, WorkstationFactory workstations) {
        this(env, userHome, workstations, true);
    }

    /** The real environment and the default services. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), new WorkstationFactory());
    }
}
