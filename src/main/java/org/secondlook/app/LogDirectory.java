package org.secondlook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.secondlook.store.DataDirectory;

/**
 * Points the log file at {@code <data dir>/logs} before the first logger exists: logback.xml reads
 * the system property {@code secondlook.logDir}. The data directory comes from {@code --data-dir}
 * among the arguments, else {@code $SECONDLOOK_HOME}, else {@code ~/.secondlook}.
 *
 * <p>Until the data directory holds a database (before {@code init} or {@code restore}), the log goes
 * to a folder of the user's own in the system temporary folder, so that {@code restore} finds the data
 * directory as empty as it was given. When the log folder cannot be written (a read-only data
 * directory), {@link #set} answers false: logback then stays silent (its status listener prints
 * nothing) and the caller says so once on stderr.
 */
final class LogDirectory {
    static final String PROPERTY = "secondlook.logDir";

    private LogDirectory() {
    }

    /** Sets the log folder; false when it cannot be created or written. */
    static boolean set(String[] args, Map<String, String> env, Path home) {
        if (System.getProperty(PROPERTY) != null) {
            return true;
        }
        Path dir = resolve(args, env, home, Path.of(System.getProperty("java.io.tmpdir")));
        System.setProperty(PROPERTY, dir.toString());
        return writable(dir);
    }

    static Path resolve(String[] args, Map<String, String> env, Path home) {
        return resolve(args, env, home, Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path resolve(String[] args, Map<String, String> env, Path home, Path tmp) {
        DataDirectory dir = dataDirectory(args, env, home);
        if (dir.isInitialized()) {
            return dir.logDirectory();
        }
        return tmp.resolve("secondlook-logs-" + System.getProperty("user.name", "user").replaceAll("[^\\w.-]", "_"));
    }

    /** The data directory the arguments and environment name. */
    static DataDirectory dataDirectory(String[] args, Map<String, String> env, Path home) {
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
        return DataDirectory.resolve(explicit, env, home);
    }

    /** Creates the folder (owner-only) if needed; whether a file can be written in it. */
    static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (IOException notOurs) {
                    // a folder of another owner: the writability check below decides
                }
            }
            return Files.isWritable(dir) && (!Files.exists(dir.resolve("secondlook.log"))
                    || Files.isWritable(dir.resolve("secondlook.log")));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
