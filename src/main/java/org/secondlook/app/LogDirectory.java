package org.secondlook.app;

import java.nio.file.Path;
import java.util.Map;
import org.secondlook.store.DataDirectory;

/**
 * Points the log file at {@code <data dir>/logs} before the first logger exists: logback.xml reads
 * the system property {@code secondlook.logDir}. The data directory comes from {@code --data-dir}
 * among the arguments, else {@code $SECONDLOOK_HOME}, else {@code ~/.secondlook}.
 */
final class LogDirectory {
    static final String PROPERTY = "secondlook.logDir";

    private LogDirectory() {
    }

    static void set(String[] args, Map<String, String> env, Path home) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, resolve(args, env, home).toString());
        }
    }

    static Path resolve(String[] args, Map<String, String> env, Path home) {
        Path explicit = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                explicit = Path.of(args[i + 1]);
                break;
            }
            if (args[i].startsWith("--data-dir=")) {
                explicit = Path.of(args[i].substring("--data-dir=".length()));
                break;
            }
            if (!args[i].startsWith("-")) {
                break; // the sub-command: global options stand before it
            }
            if (args[i].equals("--user") || args[i].equals("--password-file")) {
                i++;
            }
        }
        return DataDirectory.resolve(explicit, env, home).logDirectory();
    }
}
