package org.secondlook.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.StoreMove;
import org.secondlook.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code migrate-store --to URL [--database-password-file F]}: run on an office's data directory by an
 * administrator, copies everything into an empty PostgreSQL database, all or nothing; prints the rows per
 * table and both audit chains' event counts ({@code chain = ok}, else exit 1).
 */
@Command(name = "migrate-store", description = "Copy this data directory's encrypted database into an empty PostgreSQL"
        + " database (administrators); the accounts keep their passwords.")
public class MigrateStoreCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The empty database: jdbc:postgresql://host:port/database?user=NAME.")
    String to;

    @Option(names = "--database-password-file", paramLabel = "FILE",
            description = "File holding the database server's password (default: PostgreSQL's password or service file).")
    Path databasePasswordFile;

    @Override
    public Integer call() throws Exception {
        if (root.serverAddress() != null) {
            throw new InvalidInputException("migrate-store moves an office's encrypted file: run it with --data-dir,"
                    + " without --database, and name the server with --to.");
        }
        ServerAddress server;
        try {
            server = ServerAddress.parse(to);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        char[] pw = databasePasswordFile == null ? null : Credentials.readPasswordFile(databasePasswordFile);
        try (ReviewSession session = root.login()) {
            StoreMove move = session.moveToServer(server, pw);
            for (Map.Entry<String, Long> e : move.rows().entrySet()) {
                root.out().println("rows." + e.getKey() + " = " + e.getValue());
            }
            root.out().println("events = " + move.targetEvents());
            root.out().println("source_events = " + move.sourceEvents());
            root.out().println("chain = " + (move.chainOk() ? "ok" : "broken"));
            root.out().println("server = " + server);
            return move.chainOk() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        } finally {
            if (pw != null) {
                Arrays.fill(pw, '\0');
            }
        }
    }
}
