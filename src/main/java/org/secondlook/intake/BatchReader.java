package org.secondlook.intake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a batch file (CSV, XLSX or JSON Lines, by its name's extension and checked against its
 * content), validates every row, extracts résumé text from the files it names, and hands each row
 * to the handler as accepted or rejected, in file order, streaming.
 * (Seam: the implementation lands with the intake work.)
 */
public final class BatchReader {
    /** Receives progress (rows read, fraction of the file read 0–1) and answers whether to stop. */
    public interface Progress {
        Progress NONE = (rows, fraction) -> true;

        /** @return false to stop reading after this row */
        boolean rowsRead(long rows, double fraction);
    }

    public void read(Path batchFile, BatchRowHandler handler, Progress progress) throws UnusableFileException, IOException {
        throw new UnusableFileException("Batch import is not available yet.");
    }
}
