package org.secondlook.intake;

import java.io.IOException;

/** Reads one batch format and sends its rows, in order, to a sink. */
interface RowSource {
    void readRows(RowSink sink) throws UnusableFileException, IOException;
}
