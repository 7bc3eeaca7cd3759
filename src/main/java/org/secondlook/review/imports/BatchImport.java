package org.secondlook.review.imports;

import java.nio.file.Path;
import org.secondlook.intake.UnusableFileException;

/** The "import a batch" command, as the current user. */
public interface BatchImport {
    /**
     * Imports a batch file: good rows are stored (each row atomically), bad rows reported.
     *
     * @throws UnusableFileException when the file as a whole cannot be used
     * @throws PermissionDeniedException when the user may not import
     */
    ImportReport importBatch(Path batchFile, ImportProgress progress) throws UnusableFileException;
}
