package org.secondlook.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real batch files for tests, written with POI. */
final class TestFiles {
    private TestFiles() {
    }

    static Path workbook(Path file, String[] header, String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Batch");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    static Path smallWorkbook(Path file) throws IOException {
        return workbook(file, new String[] {"applicant_id", "full_name", "classifier_label", "resume_text"},
                new String[] {"A1", "Ann", "LEO", "Police Officer"});
    }

    /** Copies a zip, replacing one entry's content. */
    static void replaceEntry(Path zip, String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entryName)) {
                    zout.write(content);
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        Files.write(zip, bytes.toByteArray());
    }

    static byte[] entry(Path zip, String entryName) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.getName().equals(entryName)) {
                    return zin.readAllBytes();
                }
            }
        }
        throw new IOException("no entry " + entryName);
    }
}
