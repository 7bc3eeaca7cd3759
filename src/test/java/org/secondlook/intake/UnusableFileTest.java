package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be used as a whole is refused with one plain sentence, before any row is handed on. */
class UnusableFileTest {
    @TempDir
    Path dir;

    private AbstractThrowableAssert<?, ? extends Throwable> refusing(Path file) {
        Collected c = new Collected();
        AbstractThrowableAssert<?, ? extends Throwable> a = assertThatThrownBy(() -> new BatchReader().read(file, c, BatchReader.Progress.NONE))
                .isInstanceOf(UnusableFileException.class);
        assertThat(c.accepted).isEmpty();
        return a;
    }

    @Test
    void csvTextNamedXlsx() throws Exception {
        Path file = dir.resolve("batch.xlsx");
        Files.writeString(file, "applicant_id,full_name,classifier_label\nA,B,LEO\n");
        refusing(file).hasMessage("batch.xlsx is not an Excel workbook; save the batch from Excel or LibreOffice as .xlsx,"
                + " or rename it to what it is.");
    }

    @Test
    void workbookNamedCsv() throws Exception {
        Path file = TestFiles.smallWorkbook(dir.resolve("batch.csv"));
        refusing(file).hasMessage("batch.csv is not a CSV text file (it looks like a zip archive or an Office document);"
                + " export the batch as CSV UTF-8 or rename it to what it is.");
    }

    @Test
    void pdfNamedJsonl() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "%PDF-1.7\n%âãÏÓ\n");
        refusing(file).hasMessageStartingWith("batch.jsonl is not a JSON Lines text file (it looks like a PDF)");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        Path file = TestFiles.smallWorkbook(dir.resolve("batch.xlsx"));
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        refusing(file).hasMessage("batch.xlsx is damaged or incomplete (perhaps truncated) and cannot be opened as an Excel"
                + " workbook; open it in Excel or LibreOffice, save it again as .xlsx, or ask for a new copy.");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path plain = TestFiles.smallWorkbook(dir.resolve("plain.xlsx"));
        Path file = dir.resolve("batch.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        refusing(file).hasMessage("batch.xlsx is password-protected; open it in Excel, remove the password"
                + " (File, Info, Protect Workbook) and save it again.");
    }

    @Test
    void zipBomb() throws Exception {
        Path file = TestFiles.smallWorkbook(dir.resolve("batch.xlsx"));
        String sheet = new String(TestFiles.entry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String bomb = sheet.replace("</worksheet>", " ".repeat(20_000_000) + "</worksheet>");
        TestFiles.replaceEntry(file, "xl/worksheets/sheet1.xml", bomb.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.size(file)).isLessThan(100_000);
        refusing(file).hasMessage("batch.xlsx expands to far more data than a workbook should (a possible zip bomb),"
                + " so it was not read; ask the sender to export the batch again.");
    }

    @Test
    void zipBombWhoseDirectoryLiesIsStoppedWhileReading() throws Exception {
        Path file = TestFiles.smallWorkbook(dir.resolve("batch.xlsx"));
        String sheet = new String(TestFiles.entry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String bomb = sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000));
        TestFiles.replaceEntry(file, "xl/worksheets/sheet1.xml", bomb.getBytes(StandardCharsets.UTF_8));
        TestFiles.understateSizeInDirectory(file, "xl/worksheets/sheet1.xml", 5_000);
        refusing(file).hasMessage("batch.xlsx expands to far more data than a workbook should (a possible zip bomb),"
                + " so it was not read; ask the sender to export the batch again.")
                .as("caught by POI's ZipSecureFile while streaming, not by the directory check")
                .hasStackTraceContaining("Zip bomb detected! The file would exceed");
    }

    @Test
    void twoGigabyteFileIsRefusedBySizeBeforeReading() throws Exception {
        Path file = dir.resolve("batch.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(2L * 1024 * 1024 * 1024);
        }
        refusing(file).hasMessage("batch.csv is 2.0 GB, more than the 1.0 GB one batch may be; split it into smaller batches.");
    }

    @Test
    void noRecognisableColumns() throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.writeString(file, "Name,ID,Decision\nAnn,1,LEO\n");
        refusing(file).hasMessage("batch.csv has no recognizable columns; its first row must name at least applicant_id,"
                + " full_name and classifier_label (see docs/formats.md).");
    }

    @Test
    void noRecognisableColumnsInAWorkbook() throws Exception {
        Path file = TestFiles.workbook(dir.resolve("batch.xlsx"), new String[] {"Name", "Notes"}, new String[] {"Ann", "x"});
        refusing(file).hasMessageContaining("batch.xlsx has no recognizable columns");
    }

    @Test
    void aRequiredColumnIsMissing() throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.writeString(file, "applicant_id,full_name,resume_text\nA,Ann,text\n");
        refusing(file).hasMessage("batch.csv has no classifier_label column; add it to the header row (see docs/formats.md).");
    }

    @Test
    void unknownExtension() throws Exception {
        Path file = dir.resolve("batch.txt");
        Files.writeString(file, "applicant_id,full_name,classifier_label\n");
        refusing(file).hasMessage("batch.txt is not a batch file this program reads; send a .csv, .xlsx or .jsonl file (see docs/formats.md).");
    }

    @Test
    void oldExcelFormat() throws Exception {
        Path file = dir.resolve("batch.xls");
        Files.write(file, new byte[] {1, 2, 3});
        refusing(file).hasMessageContaining("old Excel 97-2003 workbook");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.write(file, new byte[0]);
        refusing(file).hasMessage("batch.csv is empty; ask the sender for the batch again.");
    }

    @Test
    void csvThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.write(file, "applicant_id,full_name,classifier_label,resume_text\nA,Zoë,LEO,x\n".getBytes("windows-1252"));
        refusing(file).hasMessage("batch.csv is not UTF-8 text; save it again as CSV UTF-8 (in Excel: Save As, CSV UTF-8).");
    }

    @Test
    void csvThatIsUtf16() throws Exception {
        Path file = dir.resolve("batch.csv");
        byte[] body = "applicant_id,full_name,classifier_label\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        refusing(file).hasMessage("batch.csv is UTF-16 (\"Unicode text\"), not UTF-8; save it again as CSV UTF-8.");
    }

    @Test
    void csvCutOffInsideAQuotedField() throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.writeString(file, "applicant_id,full_name,classifier_label,resume_text\nA,Ann,LEO,ok\nB,Bo,LEO,\"Police Off");
        Collected c = new Collected();
        assertThatThrownBy(() -> new BatchReader().read(file, c, BatchReader.Progress.NONE))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("batch.csv could not be read after row 2 (the file ends inside a quoted field, so it may be truncated);"
                        + " check its quotes or export it again as CSV UTF-8. The accepted rows before it were imported;"
                        + " importing the corrected file again leaves them unchanged.");
    }

    @Test
    void missingFile() {
        refusing(dir.resolve("nope.csv")).hasMessage("nope.csv was not found; check the file name and folder.");
    }
}
