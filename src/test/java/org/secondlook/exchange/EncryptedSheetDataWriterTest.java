package org.secondlook.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The faster sheet writer writes exactly POI's bytes, for every kind of text a résumé or a note may hold, and its
 * temporary file is as unreadable as POI's.
 */
class EncryptedSheetDataWriterTest {
    private static final String LONG = "Deputy sheriff & \"K-9\" <handler>\n".repeat(900) + "é€😀"; // > one buffer

    private static final List<String> TEXTS = List.of("", "Jane Doe", "<a & b> \"quoted\" 'single'",
            "line\nbreak\r\nand\ttab", "no\u00A0break", "control \u0001\u0002\u001F and \u007F\u0085\u009F",
            "non-characters \uFFFE\uFFFF\uFFFD", "emoji 😀 and 𝄞", "lone high \uD800x", "lone low \uDC00x", "ends high \uD800",
            "\uD83D", "\uDE00", " leading space", "trailing space ", "\ttab first", "=SUM(A1)", "Ünïcödé ñ 中文 ع",
            LONG);

    @Test
    void writesTheSameBytesAsPoisWriter() throws IOException {
        byte[] poi = write(new SheetDataWriterWithDecorator());
        byte[] ours = write(new EncryptedSheetDataWriter());
        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(new String(poi, StandardCharsets.UTF_8));
        assertThat(ours).isEqualTo(poi);
        assertThat(new String(ours, StandardCharsets.UTF_8)).contains("&lt;a &amp; b&gt; &quot;quoted&quot;",
                "line&#xa;break&#xd;&#xa;and&#x9;tab", "no&#xa0;break", "control ??? and", "emoji 😀 and 𝄞",
                "lone high ?x", "r=\"AB3\"");
    }

    @Test
    void theTemporaryFileHoldsNoPlainText() throws IOException {
        EncryptedSheetDataWriter writer = new EncryptedSheetDataWriter();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, -1)) {
            SXSSFSheet sheet = wb.createSheet("s");
            SXSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("Applicant Jane Secretname, deputy sheriff");
            writer.writeRow(0, row);
            sheet.removeRow(row); // written here, not by the sheet's own writer
            writer.close();
            byte[] onDisk = Files.readAllBytes(tempFile(writer));
            assertThat(onDisk).isNotEmpty();
            assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("Secretname").doesNotContain("<row");
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Jane Secretname");
            }
        } finally {
            Files.deleteIfExists(tempFile(writer));
        }
    }

    /** Every text in each of a few styles, numbers, blanks and a boolean (POI's own path), past column Z. */
    private static byte[] write(SheetDataWriter writer) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, -1)) {
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            SXSSFSheet sheet = wb.createSheet("s");
            int r = 0;
            for (String text : TEXTS) {
                SXSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(text);
                row.createCell(1).setCellValue(text);
                row.getCell(1).setCellStyle(quoted);
                row.createCell(3).setCellValue(r * 1.5 - 7);
                row.createCell(4).setCellValue(123456789012L);
                row.createCell(5).setCellValue(0.1 + 0.2);
                row.createCell(6);
                row.createCell(7).setCellValue(true);
                row.createCell(27).setCellValue(text);
                writer.writeRow(r, row);
                sheet.removeRow(row); // written here, not by the sheet's own writer
                r++;
            }
            writer.close();
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                return in.readAllBytes();
            }
        } finally {
            Files.deleteIfExists(tempFile(writer));
        }
    }

    private static Path tempFile(SheetDataWriter writer) {
        try {
            var m = SheetDataWriter.class.getDeclaredMethod("getTempFile");
            m.setAccessible(true);
            return ((java.io.File) m.invoke(writer)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
