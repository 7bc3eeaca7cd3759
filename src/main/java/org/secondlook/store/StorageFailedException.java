package org.secondlook.store;

import java.nio.file.Path;

/**
 * The machine failed us: the disk holding a folder is full, the folder is read-only, or the database
 * cannot be reached. Its message is one sentence naming the folder and, for a full disk, the space to
 * free; the command line ends with exit code 6.
 */
public class StorageFailedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private static final long MIB = 1024L * 1024;

    private final StorageFailures.Kind kind;
    private final transient Path folder;

    public StorageFailedException(StorageFailures.Kind kind, Path folder, long bytesNeeded, Throwable cause) {
        super(sentence(kind, folder, bytesNeeded), cause);
        this.kind = kind;
        this.folder = folder;
    }

    /** A failure described by its own sentence (a database server, which has no folder). */
    public StorageFailedException(StorageFailures.Kind kind, Path folder, String sentence, Throwable cause) {
        super(sentence, cause);
        this.kind = kind;
        this.folder = folder;
    }

    public StorageFailures.Kind kind() {
        return kind;
    }

    public Path folder() {
        return folder;
    }

    static String sentence(StorageFailures.Kind kind, Path folder, long bytesNeeded) {
        long mib = Math.max(1, (bytesNeeded + MIB - 1) / MIB);
        return switch (kind) {
            case NO_SPACE -> "The disk holding " + folder + " is full: free at least " + mib
                    + " MB there (or choose a folder on another disk) and run the command again;"
                    + " everything stored before this command is kept.";
            case READ_ONLY -> "The folder " + folder + " is read-only: make it writable for this account"
                    + " (or choose another folder) and run the command again.";
            case UNREACHABLE -> "The database in " + folder + " could not be written or reached (a full disk,"
                    + " a read-only folder or a lost connection): free at least " + mib
                    + " MB there, check the folder and run the command again.";
        };
    }
}
