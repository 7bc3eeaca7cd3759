package org.secondlook.review;

import java.nio.file.Path;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.ServerAddress;

/** Opens the workstation on a data directory with the services wired once, in the composition root ({@code app}). */
@FunctionalInterface
public interface Workstations {
    LocalWorkstation open(DataDirectory dataDir);

    default LocalWorkstation open(Path dataDir) {
        return open(new DataDirectory(dataDir));
    }

    /**
     * The workstation on a shared PostgreSQL server ({@code server}), with {@code dataDir} for the log and
     * preferences; {@code databasePassword} may be null (PostgreSQL's password or service file gives it).
     */
    default Workstation open(DataDirectory dataDir, ServerAddress server, char[] databasePassword) {
        throw new UnsupportedOperationException("These services do not open a database server.");
    }
}
