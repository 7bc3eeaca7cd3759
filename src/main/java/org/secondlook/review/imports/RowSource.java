package org.secondlook.review.imports;

import java.io.IOException;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.BatchRowHandler;
import org.secondlook.intake.UnusableFileException;

/** Something that hands batch rows to a handler in order: a batch file's reader, or a generator. */
@FunctionalInterface
public interface RowSource {
    void read(BatchRowHandler handler, BatchReader.Progress progress) throws UnusableFileException, IOException;
}
