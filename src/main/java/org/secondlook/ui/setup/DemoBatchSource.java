package org.secondlook.ui.setup;

import java.nio.file.Path;

/**
 * Writes the demo batch (the {@code demo} command's generator, wired in {@code app}) and returns
 * its batch file, ready for {@code BatchImport}. The UI may not import the generator itself.
 */
@FunctionalInterface
public interface DemoBatchSource {
    Path writeDemoBatch() throws Exception;
}
