package org.secondlook.exchange;

import java.time.Instant;
import java.time.ZoneId;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one data sheet row by row: a bold, frozen header with explicit column widths, then values
 * only. Text is always a text cell — a value starting with {@code = + - @}, tab or carriage return
 * is never a formula and additionally carries the quote-prefix flag, so Excel shows it exactly as
 * typed even after an edit. Finishing adds an autofilter over the rows written.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = " [cut: longer than one Excel cell holds]";

    private final Sheet sheet;
    private final SheetStyles styles;
    private final ZoneId zone;
    private final int columns;
    private int nextRow;
    private Row row;
    private int col;

    /** @param widths column widths in characters, one per header */
    SheetWriter(Sheet sheet, SheetStyles styles, ZoneId zone, String[] headers, int[] widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.zone = zone;
        this.columns = headers.length;
        Row head = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.length; i++) {
            Cell c = head.createCell(i, CellType.STRING);
            c.setCellValue(headers[i]);
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Starts the next data row. */
    SheetWriter row() {
        row = sheet.createRow(nextRow++);
        col = 0;
        return this;
    }

    SheetWriter text(String value) {
        int c = col++;
        if (value == null || value.isEmpty()) {
            return this;
        }
        String v = value.length() > MAX_CELL_TEXT
                ? value.substring(0, MAX_CELL_TEXT - CUT_MARK.length()) + CUT_MARK : value;
        Cell cell = row.createCell(c, CellType.STRING);
        cell.setCellValue(v);
        cell.setCellStyle(looksLikeFormula(v) ? styles.quotedText : styles.plain);
        return this;
    }

    SheetWriter number(Long value) {
        int c = col++;
        if (value != null) {
            Cell cell = row.createCell(c, CellType.NUMERIC);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.plain);
        }
        return this;
    }

    SheetWriter number(Integer value) {
        return number(value == null ? null : value.longValue());
    }

    SheetWriter time(Instant value) {
        int c = col++;
        if (value != null) {
            Cell cell = row.createCell(c, CellType.NUMERIC);
            cell.setCellValue(value.atZone(zone).toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
        }
        return this;
    }

    /** A calendar date (a class's start, a report date) as a date cell. */
    SheetWriter date(java.time.LocalDate value) {
        int c = col++;
        if (value != null) {
            Cell cell = row.createCell(c, CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return nextRow - 1L;
    }

    /** Adds the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
    }

    /** Whether a spreadsheet program would take this text for a formula or a command when typed in. */
    static boolean looksLikeFormula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
