package org.secondlook.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where one installation keeps its files: the encrypted database, the key-slot file and the logs.
 * Chosen by {@code --data-dir}, else {@code $SECONDLOOK_HOME}, else {@code ~/.secondlook}.
 */
public final class DataDirectory {
    public static final String HOME_VARIABLE = "SECONDLOOK_HOME";
    static final String DB_NAME = "secondlook";

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The data directory for an explicit option (may be null), the environment and the user's home. */
    public static DataDirectory resolve(Path explicit, Map<String, String> env, Path userHome) {
        if (explicit != null) {
            return new DataDirectory(explicit);
        }
        String fromEnv = env.get(HOME_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv));
        }
        return new DataDirectory(userHome.resolve(".secondlook"));
    }

    public Path root() {
        return root;
    }

    /** The H2 database path without its {@code .mv.db} suffix, as the JDBC URL names it. */
    public Path databaseBase() {
        return root.resolve(DB_NAME);
    }

    public Path databaseFile() {
        return root.resolve(DB_NAME + ".mv.db");
    }

    public Path keySlotFile() {
        return root.resolve("keyslots.json");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }

    /** The owner-only folder for temporary files (one sub-folder per running process). */
    public Path tempDirectory() {
        return root.resolve("tmp");
    }

    /**
     * Refuses a data directory this account cannot write (a read-only mount or folder): the database could
     * not be opened anyway, and this says why in one sentence (exit code 6).
     */
    public void requireWritable() {
        if (Files.isDirectory(root) && !Files.isWritable(root)) {
            throw new StorageFailedException(StorageFailures.Kind.READ_ONLY, root, 0, null);
        }
    }

    /** Whether both the database and its key slots exist. */
    public boolean isInitialized() {
        return Files.isRegularFile(databaseFile()) && Files.isRegularFile(keySlotFile());
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
