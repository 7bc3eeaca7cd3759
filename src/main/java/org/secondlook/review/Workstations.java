package org.secondlook.review;

import java.nio.file.Path;
import org.secondlook.store.DataDirectory;

/** Opens the workstation on a data directory with the services wired once, in the composition root ({@code app}). */
@FunctionalInterface
public interface Workstations {
    LocalWorkstation open(DataDirectory dataDir);

    default LocalWorkstation open(Path dataDir) {
        return open(new DataDirectory(dataDir));
    }
}
