package org.secondlook.review.exchange;

import java.nio.file.Path;

/** The workbook export as the window and the command line both start it. */
@FunctionalInterface
public interface WorkbookExport {
    /**
     * Writes the workbook of the cases {@code filter} selects and records the export's audit event.
     *
     * @param password null for a plain workbook, else the password Excel will ask for
     * @throws org.secondlook.review.PermissionDeniedException unless the account may export now
     * @throws ExportCancelledException when {@code progress} asked to stop; nothing is written or recorded
     */
    ExportResult export(ExportFilter filter, Path target, char[] password, ExportProgress progress);
}
