package org.secondlook.intake;

import java.nio.charset.CharacterCodingException;

/**
 * A CSV or JSON Lines file that cannot be read on past some row. The rows accepted before that point
 * are kept: they were handed over, and are stored whole; importing the corrected file again finds them
 * unchanged. The message says so (README, "Untrusted files").
 */
final class FatalRead {
    private FatalRead() {
    }

    /**
     * @param lastRow the last row (CSV) or line (JSON Lines) read whole; 1 or less when none was
     * @param reason  what went wrong in plain words, or null to say it from {@code cause}
     * @param fix     what to do, or null to say it from {@code cause}
     */
    static UnusableFileException unusable(String name, long lastRow, Throwable cause, String reason, String fix) {
        String unit = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "row" : "line";
        if (cause instanceof CharacterCodingException) {
            reason = "the bytes after it are not UTF-8 text";
            fix = unit.equals("row") ? "save it again as CSV UTF-8 (in Excel: Save As, CSV UTF-8)"
                    : "save it again as UTF-8 text";
        } else if (cause instanceof BoundedRecordReader.RecordTooLongException) {
            reason = "the next row is longer than " + CsvRowSource.MAX_RECORD_CHARS / 1_000_000
                    + " million characters, so the file is damaged or not a batch";
            fix = "check the file or ask the sender to export it again";
        }
        String kept = lastRow > 1 || unit.equals("line") && lastRow > 0
                ? " The accepted rows before it were imported; importing the corrected file again leaves them unchanged."
                : " Nothing was imported.";
        return new UnusableFileException(name + " could not be read after " + unit + " " + lastRow + " (" + reason
                + "); " + fix + "." + kept, cause);
    }
}
