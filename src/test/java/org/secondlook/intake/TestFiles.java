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

    /** Rewrites the uncompressed size that the zip's central directory gives for one entry, as a forged file would. */
    static void understateSizeInDirectory(Path zip, String entryName, int size) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        byte[] name = entryName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        boolean patched = false;
        for (int i = 0; i + 46 < b.length; i++) {
            if (buf.getInt(i) == 0x02014b50 && (buf.getShort(i + 28) & 0xFFFF) == name.length
                    && java.util.Arrays.equals(b, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buf.putInt(i + 24, size);
                patched = true;
            }
        }
        if (!patched) {
            throw new IOException("no central directory entry " + entryName);
        }
        Files.write(zip, b);
    }
}
