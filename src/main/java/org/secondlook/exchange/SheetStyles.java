package org.secondlook.exchange;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a workbook uses, created once per workbook (Excel caps the number of styles). */
final class SheetStyles {
    final CellStyle header;
    final CellStyle dateTime;
    final CellStyle date;
    /** Text shown exactly as typed even when the user edits it (Excel's leading-apostrophe flag). */
    final CellStyle quotedText;
    /**
     * The workbook's default style (index 0, written as no style at all), set on every plain cell: a cell
     * without a style makes the streaming writer look its column's style up, row after row.
     */
    final CellStyle plain;

    SheetStyles(Workbook wb) {
        plain = wb.getCellStyleAt(0);
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

        date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);
    }
}
