package org.secondlook.intake;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as a person sees them, except that a date cell becomes its ISO date
 * ({@code 2021-03-14}) whatever display format the spreadsheet gave it, and a whole number in a
 * "General" cell keeps all its digits (a 12-digit id is not shown as {@code 1.23457E+11}).
 */
final class IsoDateFormatter extends DataFormatter {
    IsoDateFormatter() {
        super(Locale.US);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (value >= 1 && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904Windowing);
            if (dt != null) {
                LocalTime t = dt.toLocalTime();
                return t.equals(LocalTime.MIDNIGHT) ? dt.toLocalDate().toString() : dt.toLocalDate() + " " + t;
            }
        }
        if (formatIndex == 0 && value == Math.rint(value) && Math.abs(value) < 1e15) {
            // A whole number in a "General" cell is an id or a count: 123456789012, not 1.23457E+11.
            return Long.toString((long) value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
