package org.secondlook.review.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The backup file's format as the use cases in {@link BackupService} need it: implemented in the
 * {@code exchange} layer (the backup archive) and wired in the composition root.
 */
public interface BackupFiles {
    /** One file to put into the backup: its name in the data directory and what writes its bytes. */
    record Item(String name, Content content) {
    }

    /** Writes the file's bytes; must not close {@code out}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the backup; the file appears only when complete. */
    void write(Path target, List<Item> items) throws IOException;

    /**
     * Restores a backup into {@code dataDir}, which must be empty or absent.
     *
     * @param required the file names a usable backup must hold (e.g. the database and the key slots)
     * @return the names restored
     * @throws org.secondlook.review.exchange.PackageRejectedException with one sentence when the backup is
     *         unusable or the folder not empty
     */
    List<String> restore(Path backup, Path dataDir, Set<String> required);
}
