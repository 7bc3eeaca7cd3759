package org.secondlook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.secondlook.demo.DemoBatch;
import org.secondlook.ui.setup.DemoBatchSource;

/**
 * The first-run dialog's demo batch: the {@code demo} command's generator writes the batch file and
 * the .txt, .pdf and .docx résumés it names into a temporary folder (never into the data directory,
 * which holds no plain personal data, even fictitious).
 */
final class DemoBatchFiles implements DemoBatchSource {
    static final int COUNT = 300;
    static final long SEED = 2026;

    @Override
    public Path writeDemoBatch() throws IOException {
        Path dir = Files.createTempDirectory("secondlook-demo");
        return new DemoBatch().write(dir, COUNT, SEED).csv();
    }
}
