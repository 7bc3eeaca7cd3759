package org.secondlook.ui.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.secondlook.review.oversight.Figure;
import org.secondlook.review.oversight.MetricsScope;

/**
 * The dashboard's figures as a workbook: sheet {@value #SHEET} with the scope on top, then one figure a row
 * (name, value; numbers as numbers, an undefined figure as an empty cell). Only counts, shares, hours, account
 * names and the tool's phrases: no applicant's data.
 */
public final class FiguresWorkbook {
    public static final String SHEET = "Dashboard";

    private FiguresWorkbook() {
    }

    public static void write(Path file, MetricsScope scope, List<Figure> figures) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            int r = 0;
            r = text(sheet, r, "scope.office", scope.office() == null ? "" : scope.office());
            r = text(sheet, r, "scope.from", scope.since() == null ? "" : scope.since().toString());
            r = text(sheet, r, "scope.to", scope.until() == null ? "" : scope.until().toString());
            r++;
            r = text(sheet, r, "figure", "value");
            for (Figure f : figures) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(f.name());
                if (f.value().matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(1).setCellValue(Double.parseDouble(f.value()));
                } else if (!f.value().isEmpty()) {
                    row.createCell(1).setCellValue(f.value());
                }
            }
            sheet.setColumnWidth(0, 44 * 256);
            sheet.setColumnWidth(1, 24 * 256);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static int text(Sheet sheet, int r, String a, String b) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(a);
        row.createCell(1).setCellValue(b);
        return r + 1;
    }
}
