package org.secondlook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
            throw new org.secondlook.review.InvalidInputException(org.secondlook.store.ServerAddress.NO_FILE_BACKUP);
        }
        List<String> restored = root.workstation().restore(file);
        root.out().println("restored = " + root.dataDirectory().root());
        root.out().println("files = " + restored.size());
        root.out().println("next = log in with the accounts and passwords as they were when the backup was made");
        return ExitCode.OK;
    }
}
