package org.secondlook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options that stand before the sub-command: where the data lives and who is acting. A password is
 * never a command-line argument: it comes from a file or from {@code SECONDLOOK_PASSWORD}.
 */
public final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $SECONDLOOK_HOME, else ~/.secondlook).")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME", description = "Act as this account (default: $SECONDLOOK_USER).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File holding the password; its trailing line break is not part of it (default: $SECONDLOOK_PASSWORD).")
    Path passwordFile;

    @Option(names = "--database", paramLabel = "URL",
            description = "A shared PostgreSQL server instead of the data directory's encrypted file:"
                    + " jdbc:postgresql://host:port/database?user=NAME (default: $SECONDLOOK_DATABASE).")
    String database;

    @Option(names = "--database-password-file", paramLabel = "FILE",
            description = "File holding the database server's password (default: PostgreSQL's password or service file).")
    Path databasePasswordFile;

    public String database() {
        return database;
    }

    public Path databasePasswordFile() {
        return databasePasswordFile;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String user() {
        return user;
    }

    public Path passwordFile() {
        return passwordFile;
    }
}
