package org.secondlook.review.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.store.AccountStore;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import org.secondlook.store.DatabaseBackup;
import org.secondlook.store.OwnerOnly;
import org.secondlook.store.StorageFailures;

/**
 * Backup and restore: a consistent, still-encrypted copy of the database and its key slots, taken while
 * others may keep writing (admin or supervisor, audited), and its restore into an empty data directory.
 */
public final class BackupService {
    private final Database db;
    private final String user;
    private final AccessCheck access;
    private final Clock clock;
    private final DataDirectory dir;
    private final BackupFiles files;

    /** What a backup wrote: the file and its size in bytes. */
    public record Backup(Path file, long size) {
    }

    public BackupService(Database db, String user, AccessCheck access, Clock clock, DataDirectory dir, BackupFiles files) {
        this.db = db;
        this.user = user;
        this.access = access;
        this.clock = clock;
        this.dir = dir;
        this.files = files;
    }

    /**
     * Writes the backup to {@code output}: the database copied by H2 while it runs, and the key-slot file.
     *
     * @throws InvalidInputException when the folder does not exist or the file cannot be written
     * @throws org.secondlook.review.PermissionDeniedException unless the account may back up now
     */
    public Backup backup(Path output) throws IOException {
        if (db.vendor() != org.secondlook.store.Vendor.H2) {
            access.require(Permission.BACKUP); // who may not back up is told so first, as on the file
            throw new InvalidInputException(org.secondlook.store.ServerAddress.NO_FILE_BACKUP);
        }
        Path target = output.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("Cannot write " + output + ": the folder " + target.getParent()
                    + " does not exist; create it or choose another --output.");
        }
        Path h2 = Files.createTempFile(target.getParent(), ".secondlook-h2-", ".zip");
        Files.delete(h2); // H2 writes the file itself
        try {
            copyDatabase(h2);
            byte[] slots = Files.readAllBytes(dir.keySlotFile());
            String dbName = DatabaseBackup.databaseFileName(dir);
            try (ZipFile zip = new ZipFile(h2.toFile())) {
                ZipEntry copy = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("the database copy is missing from H2's backup"));
                files.write(target, List.of(
                        new BackupFiles.Item(dbName, out -> {
                            try (InputStream in = zip.getInputStream(copy)) {
                                in.transferTo(out);
                            }
                        }),
                        new BackupFiles.Item(dir.keySlotFile().getFileName().toString(), out -> out.write(slots))));
            }
            OwnerOnly.apply(target);
            OwnerOnly.applyTree(dir.root());
            return new Backup(target, Files.size(target));
        } catch (IOException | RuntimeException e) {
            // The copy and the archive are both written in the output's folder: a full disk there names it.
            var full = StorageFailures.asFailure(e, target.getParent(),
                    Math.max(Files.size(dir.databaseFile()), 16L * 1024 * 1024));
            if (full.isPresent()) {
                throw full.get();
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new InvalidInputException("The backup could not be written to " + output + ": " + e.getMessage()
                    + ". Check the disk space and that you may write there.", e);
        } finally {
            Files.deleteIfExists(h2);
        }
    }

    /**
     * Writes a consistent copy of the (encrypted) database into the zip {@code h2Zip} while others may
     * keep writing, and records a BACKUP audit event (admin or supervisor).
     */
    void copyDatabase(Path h2Zip) {
        access.require(Permission.BACKUP);
        new DatabaseBackup(db).backupTo(h2Zip);
        new AccountStore(db).audit(clock.instant(), user, "BACKUP", null, "consistent copy of the encrypted database");
    }

    /**
     * Restores {@code backup} into the empty data directory {@code dir}: the accounts and passwords are
     * those at the time of the backup. A damaged backup is refused with one sentence.
     *
     * @return the names of the files restored
     */
    public static List<String> restore(BackupFiles files, Path backup, DataDirectory dir) {
        List<String> restored;
        try {
            restored = files.restore(backup, dir.root(),
                    Set.of(DatabaseBackup.databaseFileName(dir), dir.keySlotFile().getFileName().toString()));
        } catch (PackageRejectedException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        OwnerOnly.applyTree(dir.root());
        return restored;
    }
}
