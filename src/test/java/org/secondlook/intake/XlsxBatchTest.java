package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;

class XlsxBatchTest {
    @TempDir
    Path dir;

    /** Header + two rows: a numeric id with a date cell, and a text id "000123" with a text date. */
    private static void fill(Workbook wb) {
        Sheet sheet = wb.createSheet("Batch");
        wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
        Row h = sheet.createRow(0);
        String[] header = {"Applicant_ID", "Full_Name", "hire_date", "classifier_label", "classifier_score", "resume_text", "Region"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
        Row r1 = sheet.createRow(1);
        r1.createCell(0).setCellValue(4567);
        r1.createCell(1).setCellValue("Ann Ray");
        r1.createCell(2).setCellValue(LocalDate.of(2021, 3, 14));
        r1.getCell(2).setCellStyle(dateStyle);
        r1.createCell(3).setCellValue("LEO");
        r1.createCell(4).setCellValue(0.75);
        r1.createCell(5).setCellValue("Loan Officer at First Bank");
        r1.createCell(6).setCellValue(12);
        Row r2 = sheet.createRow(3); // row 3 left empty, as people do
        r2.createCell(0).setCellValue("000123");
        r2.createCell(1).setCellValue("Bo Li");
        r2.createCell(2).setCellValue("2020-01-02");
        r2.createCell(3).setCellValue("NON_LEO");
        r2.createCell(5).setCellValue("Baker\nPastry chef");
    }

    private Collected read(Path file) throws Exception {
        Collected c = new Collected();
        new BatchReader().read(file, c, BatchReader.Progress.NONE);
        return c;
    }

    private void assertReadAsAPersonSeesIt(Collected c) {
        assertThat(c.rejected).isEmpty();
        ApplicantRecord a = c.byId("4567");
        assertThat(a.rowNumber()).isEqualTo(2);
        assertThat(a.hireDate()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(a.classifierLabel()).isEqualTo(ClassifierLabel.LEO);
        assertThat(a.classifierScore()).isEqualTo(0.75);
        assertThat(a.extras()).containsEntry("region", "12");
        ApplicantRecord b = c.byId("000123");
        assertThat(b.rowNumber()).isEqualTo(4);
        assertThat(b.hireDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(b.resumeText()).isEqualTo("Baker\nPastry chef");
    }

    @Test
    void readsNumericTextAndDateCellsAsAPersonSeesThem() throws Exception {
        Path file = dir.resolve("batch.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        assertReadAsAPersonSeesIt(read(file));
    }

    @Test
    void readsWorkbooksWithInlineStringsAsStreamingWritersProduce() throws Exception {
        Path file = dir.resolve("batch.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        assertReadAsAPersonSeesIt(read(file));
    }

    @Test
    void reportsFractionOfTheSheetRead() throws Exception {
        Path file = dir.resolve("batch.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        double[] last = {-2};
        new BatchReader().read(file, new Collected(), (rows, fraction) -> {
            last[0] = fraction;
            return true;
        });
        assertThat(last[0]).isBetween(0.0, 1.0);
    }

    @Test
    void readsSheetsWhoseWriterLeftOutCellAndRowReferences() throws Exception {
        Path file = TestFiles.workbook(dir.resolve("batch.xlsx"), new String[] {"applicant_id", "full_name", "classifier_label", "resume_text"},
                new String[] {"A1", "Ann", "LEO", "Police Officer"}, new String[] {"A2", "Bo", "NON_LEO", "Baker"});
        String sheet = new String(TestFiles.entry(file, "xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String stripped = sheet.replaceAll(" r=\"[A-Z]*[0-9]+\"", "");
        assertThat(stripped).isNotEqualTo(sheet);
        TestFiles.replaceEntry(file, "xl/worksheets/sheet1.xml", stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Collected c = read(file);
        assertThat(c.rejected).isEmpty();
        assertThat(c.byId("A2").fullName()).isEqualTo("Bo");
        assertThat(c.byId("A2").rowNumber()).isEqualTo(3);
    }

    @Test
    void longWholeNumberIdsKeepTheirDigitsAndDateTimeCellsGiveTheirDate() throws Exception {
        Path file = dir.resolve("batch.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            Row h = sheet.createRow(0);
            String[] header = {"applicant_id", "full_name", "classifier_label", "resume_text", "hire_date", "classifier_score"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(123456789012d);
            r.createCell(1).setCellValue("Cy Dee");
            r.createCell(2).setCellValue("NON_LEO");
            r.createCell(3).setCellValue("Nurse");
            r.createCell(4).setCellValue(java.time.LocalDateTime.of(2022, 5, 9, 8, 30));
            r.getCell(4).setCellStyle(dateTime);
            r.createCell(5).setCellValue(0.25);
            r.getCell(5).setCellStyle(percent);
            wb.write(out);
        }
        Collected c = read(file);
        assertThat(c.rejected).isEmpty();
        ApplicantRecord a = c.byId("123456789012");
        assertThat(a.hireDate()).isEqualTo(LocalDate.of(2022, 5, 9));
        assertThat(a.classifierScore()).isEqualTo(0.25);
    }
}
