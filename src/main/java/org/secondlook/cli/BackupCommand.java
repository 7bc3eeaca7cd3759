package org.secondlook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup --output FILE}: a consistent, still-encrypted copy of the database and its key slots,
 * taken while the app may be running (admin or supervisor). Restore it with {@code restore}.
 */
@Command(name = "backup", description = "Back up the encrypted database and its key slots (the app may keep running).")
public class BackupCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The backup file to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (root.serverAddress() != null) {
            throw new org.secondlook.review.InvalidInputException(org.secondlook.store.ServerAddress.NO_FILE_BACKUP);
        }
        try (ReviewSession session = root.login()) {
            BackupService.Backup b = session.backups().backup(output);
            root.out().println("backup = " + b.file());
            root.out().println("size = " + b.size() + " bytes");
            return ExitCode.OK;
        }
    }
}
