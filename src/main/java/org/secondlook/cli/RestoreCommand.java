package org.secondlook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.secondlook.exchange.backup.BackupArchive;
import org.secondlook.exchange.pack.PackageRejectedException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.DatabaseBackup;
import org.secondlook.store.OwnerOnly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code --data-dir DIR restore FILE}: brings a backup back into an empty data directory. The
 * accounts and passwords are those at the time of the backup. A damaged backup is refused.
 */
@Command(name = "restore", description = "Restore a backup into an empty data directory (give it with --data-dir).")
public class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup file written by 'backup'.")
    Path file;

    @Override
    public Integer call() {
        if (root.serverAddress() != null) {
            throw new InvalidInputException(org.secondlook.store.ServerAddress.NO_FILE_BACKUP);
        }
        DataDirectory dir = root.dataDirectory();
        List<String> restored;
        try {
            restored = new BackupArchive(Clock.systemUTC()).restore(file, dir.root(),
                    Set.of(DatabaseBackup.databaseFileName(dir), dir.keySlotFile().getFileName().toString()));
        } catch (PackageRejectedException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        OwnerOnly.applyTree(dir.root());
        root.out().println("restored = " + dir.root());
        root.out().println("files = " + restored.size());
        root.out().println("next = log in with the accounts and passwords as they were when the backup was made");
        return ExitCode.OK;
    }
}
