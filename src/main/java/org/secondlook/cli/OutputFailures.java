package org.secondlook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.secondlook.store.StorageFailedException;
import org.secondlook.store.StorageFailures;

/**
 * A command that writes a file outside the data directory (a workbook, a package, a backup) and
 * failed for the machine's sake: the sentence names the output's folder, and the space to free is
 * about the size of the database it was written from. A failure of the database itself names the
 * data directory (left to {@link Cli}).
 */
final class OutputFailures {
    private OutputFailures() {
    }

    /** {@code e} as a {@link StorageFailedException} naming the output's folder, or {@code e} itself. */
    static Exception naming(Exception e, Path output, Path databaseFile) {
        if (e instanceof StorageFailedException || fromDatabase(e)) {
            return e;
        }
        Path folder = output.toAbsolutePath().getParent();
        long needed;
        try {
            needed = Files.exists(databaseFile) ? Files.size(databaseFile) : 0;
        } catch (IOException x) {
            needed = 0;
        }
        long bytes = Math.max(needed, 16L * 1024 * 1024);
        return StorageFailures.asFailure(e, folder, bytes).<Exception>map(f -> f).orElse(e);
    }

    private static boolean fromDatabase(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException || c.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }
}
