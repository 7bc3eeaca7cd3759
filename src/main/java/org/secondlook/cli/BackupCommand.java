package org.secondlook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.secondlook.exchange.backup.BackupArchive;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.OwnerOnly;
import org.secondlook.store.DatabaseBackup;
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
            throw new InvalidInputException(org.secondlook.store.ServerAddress.NO_FILE_BACKUP);
        }
        Path target = output.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("Cannot write " + output + ": the folder " + target.getParent()
                    + " does not exist; create it or choose another --output.");
        }
        DataDirectory dir = root.dataDirectory();
        Path h2 = Files.createTempFile(target.getParent(), ".secondlook-h2-", ".zip");
        Files.delete(h2); // H2 writes the file itself
        try (ReviewSession session = root.login()) {
            session.backupDatabase(h2);
            byte[] slots = Files.readAllBytes(dir.keySlotFile());
            String dbName = DatabaseBackup.databaseFileName(dir);
            try (ZipFile zip = new ZipFile(h2.toFile())) {
                ZipEntry db = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("the database copy is missing from H2's backup"));
                new BackupArchive(Clock.systemUTC()).write(target, List.of(
                        new BackupArchive.Item(dbName, out -> {
                            try (InputStream in = zip.getInputStream(db)) {
                                in.transferTo(out);
                            }
                        }),
                        new BackupArchive.Item(dir.keySlotFile().getFileName().toString(), out -> out.write(slots))));
            }
            OwnerOnly.apply(target);
            OwnerOnly.applyTree(dir.root());
            root.out().println("backup = " + target);
            root.out().println("size = " + Files.size(target) + " bytes");
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            // The copy and the archive are both written in the output's folder: a full disk there names it.
            var full = org.secondlook.store.StorageFailures.asFailure(e, target.getParent(),
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
}
