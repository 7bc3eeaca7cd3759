package org.secondlook.intake;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as a person sees them, except that a date cell becomes its ISO date
 * ({@code 2021-03-14}) whatever display format the spreadsheet gave it.
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
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
