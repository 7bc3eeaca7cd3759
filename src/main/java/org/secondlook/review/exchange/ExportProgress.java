package org.secondlook.review.exchange;

/** Progress of a long export, and the way to cancel it (the GUI's Export… dialog). */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() { };

    /** The workbook's last data sheet: once it is complete, what remains is writing the file. */
    String LAST_SHEET = "Audit";

    /** Rows written so far on {@code sheet}; {@code fraction} is 0–1, or negative when not known. */
    default void rowsWritten(String sheet, long rows, double fraction) {
    }

    /** Polled between rows; once true the export stops and no file is left behind. */
    default boolean isCancelled() {
        return false;
    }
}
