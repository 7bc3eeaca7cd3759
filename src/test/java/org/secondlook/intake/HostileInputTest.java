package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile batches: control characters, invalid UTF-8 past the first 64 KB, huge echoes, bombs, hard links, long PDFs. */
class HostileInputTest {
    private static final String HEADER = "applicant_id,full_name,classifier_label,resume_text,resume_file\n";

    @TempDir
    Path dir;

    private Collected read(Path file) throws Exception {
        Collected c = new Collected();
        new BatchReader().read(file, c, BatchReader.Progress.NONE);
        return c;
    }

    /** Good rows filling the first 64 KB, so what follows is past the up-front format check. */
    private static String padding(int rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            sb.append("P").append(i).append(",Pat Doe,LEO,").append("Loan officer at a bank. ".repeat(20)).append(",\n");
        }
        return sb.toString();
    }

    @Test
    void controlAndDirectionCharactersRefuseIdsAndNamesAndBecomeSpacesInResumeText() throws Exception {
        String rows = padding(200)
                + "C1\u0000,Nul Id,LEO,text,\n"
                + "C2,Ann \u202Enosrep,LEO,text,\n"
                + "C3,Bell\u0007 Smith,LEO,text,\n"
                + "C4,Iso \u2066late,NON_LEO,text,\n"
                + "C5,Clean Name,LEO,\"Police officer\u0000 in Ohio \u202Ereversed\u2069.\",\n";
        Path csv = Files.writeString(dir.resolve("batch.csv"), HEADER + rows);
        assertThat(Files.size(csv)).isGreaterThan(64 * 1024);

        Collected c = read(csv);

        assertThat(c.rejectionOfRow(202).reason()).contains("applicant_id holds a control or text-direction character (U+0000)");
        assertThat(c.rejectionOfRow(202).applicantId()).doesNotContain("\u0000");
        assertThat(c.rejectionOfRow(203).reason()).contains("full_name holds a control or text-direction character (U+202E)");
        assertThat(c.rejectionOfRow(204).reason()).contains("(U+0007)");
        assertThat(c.rejectionOfRow(205).reason()).contains("(U+2066)");
        ApplicantRecord clean = c.byId("C5");
        assertThat(clean.resumeText()).isEqualTo("Police officer  in Ohio  reversed .");
        assertThat(clean.resumeText()).hasSize("Police officer\u0000 in Ohio \u202Ereversed\u2069.".length());
        assertThat(clean.notes()).contains("3 control or text-direction character(s) in the résumé text were replaced by spaces");
    }

    @Test
    void nulInJsonLinesIsRefusedInTheName() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("batch.jsonl"),
                "{\"applicant_id\":\"J1\",\"full_name\":\"Ok Name\",\"classifier_label\":\"LEO\",\"resume_text\":\"x\"}\n"
                + "{\"applicant_id\":\"J2\",\"full_name\":\"Bad\\u0000Name\",\"classifier_label\":\"LEO\",\"resume_text\":\"x\"}\n");
        Collected c = read(jsonl);
        assertThat(c.accepted).extracting(ApplicantRecord::applicantId).containsExactly("J1");
        assertThat(c.rejectionOfRow(2).reason()).contains("full_name holds a control or text-direction character (U+0000)");
    }

    @Test
    void invalidUtf8PastTheFirst64KilobytesRefusesTheCsvAndKeepsTheRowsBefore() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + padding(200)).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("X1,Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é: not UTF-8
        bytes.writeBytes(",LEO,text,\nX2,After,LEO,text,\n".getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(dir.resolve("batch.csv"), bytes.toByteArray());
        Collected c = new Collected();

        String message = org.assertj.core.api.Assertions.catchThrowableOfType(UnusableFileException.class,
                () -> new BatchReader().read(csv, c, BatchReader.Progress.NONE)).getMessage();
        // The decoder reads ahead, so it stops a few rows before the bad bytes; the message names the last row handed over.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "batch\\.csv could not be read after row (\\d+) \\(the bytes after it are not UTF-8 text\\); save it again"
                + " as CSV UTF-8 \\(in Excel: Save As, CSV UTF-8\\)\\. The accepted rows before it were imported;"
                + " importing the corrected file again leaves them unchanged\\.").matcher(message);
        assertThat(m.matches()).as(message).isTrue();
        int lastRow = Integer.parseInt(m.group(1));
        assertThat(lastRow).isBetween(150, 201);
        assertThat(c.accepted).as("exactly the rows the message says").hasSize(lastRow - 1)
                .noneMatch(r -> r.fullName().contains("\uFFFD"));
    }

    @Test
    void invalidUtf8PastTheFirst64KilobytesRefusesJsonLines() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String good = "{\"applicant_id\":\"J%d\",\"full_name\":\"Ok\",\"classifier_label\":\"LEO\",\"resume_text\":\"%s\"}\n";
        for (int i = 1; i <= 100; i++) {
            bytes.writeBytes(String.format(good, i, "Loan officer. ".repeat(60)).getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("{\"applicant_id\":\"J999\",\"full_name\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\",\"classifier_label\":\"LEO\",\"resume_text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        Path jsonl = Files.write(dir.resolve("batch.jsonl"), bytes.toByteArray());
        Collected c = new Collected();
        String message = org.assertj.core.api.Assertions.catchThrowableOfType(UnusableFileException.class,
                () -> new BatchReader().read(jsonl, c, BatchReader.Progress.NONE)).getMessage();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "batch\\.jsonl could not be read after line (\\d+) \\(the bytes after it are not UTF-8 text\\).*")
                .matcher(message);
        assertThat(m.matches()).as(message).isTrue();
        assertThat(c.accepted).as("exactly the lines the message says").hasSize(Integer.parseInt(m.group(1)));
    }

    @Test
    void messagesQuoteAtMost80CharactersOfWhatTheyRefuse() throws Exception {
        String hugeId = "I".repeat(1_000_000);
        String hugeLabel = "L".repeat(5_000_000);
        Path csv = Files.writeString(dir.resolve("batch.csv"), HEADER
                + hugeId + ",Ann,LEO,text,\n"
                + "B2,Bob," + hugeLabel + ",text,\n");
        Collected c = read(csv);
        RowRejection id = c.rejectionOfRow(2);
        assertThat(id.applicantId()).hasSize(80).endsWith("…");
        assertThat(id.reason()).contains("applicant_id is longer than 128 characters").hasSizeLessThan(200);
        RowRejection label = c.rejectionOfRow(3);
        assertThat(label.reason()).hasSizeLessThan(200).contains("'" + "L".repeat(79) + "…'");
    }

    @Test
    void aRefusedWorkbookStoresNothingEvenWhenTheBombComesAfterTheFirstRow() throws Exception {
        Path file = TestFiles.smallWorkbook(dir.resolve("batch.xlsx"));
        String sheet = new String(TestFiles.entry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String bomb = sheet.replace("</sheetData>", " ".repeat(20_000_000) + "</sheetData>");
        TestFiles.replaceEntry(file, "xl/worksheets/sheet1.xml", bomb.getBytes(StandardCharsets.UTF_8));
        TestFiles.understateSizeInDirectory(file, "xl/worksheets/sheet1.xml", 5_000);
        Collected c = new Collected();

        assertThatThrownBy(() -> new BatchReader().read(file, c, BatchReader.Progress.NONE))
                .isInstanceOf(UnusableFileException.class).hasMessageContaining("so it was not read");
        assertThat(c.accepted).as("no row is handed over from a refused workbook").isEmpty();
        assertThat(c.rejected).isEmpty();
    }

    @Test
    void aHardLinkToAFileOutsideTheBatchFolderIsRefusedLikeASymbolicLink() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Top secret officer notes");
        try {
            Files.createLink(batch.resolve("cv.txt"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("hard links are not supported here");
        }
        Files.writeString(batch.resolve("plain.txt"), "Loan officer");
        Path csv = Files.writeString(batch.resolve("batch.csv"), HEADER + "H1,Ann,LEO,,cv.txt\nH2,Bob,LEO,,plain.txt\n");

        Collected c = read(csv);

        assertThat(c.rejectionOfRow(2).reason()).contains("is a hard link");
        assertThat(c.byId("H2").resumeText()).isEqualTo("Loan officer");
    }

    @Test
    void aPdfCutAtThePageLimitSaysSoInTheReport() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= 4; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText("Page " + i + " loan officer");
                    s.endText();
                }
            }
            doc.save(batch.resolve("long.pdf").toFile());
        }
        Path csv = Files.writeString(batch.resolve("batch.csv"), HEADER + "P1,Ann,LEO,,long.pdf\n");
        ReadLimits d = ReadLimits.defaults();
        ReadLimits threePages = new ReadLimits(d.maxBatchBytes(), d.maxResumeBytes(), d.extractionTimeout(), 3,
                d.maxPdfMemoryBytes(), d.maxResumeChars());
        Collected c = new Collected();
        new BatchReader(threePages).read(csv, c, BatchReader.Progress.NONE);

        ApplicantRecord r = c.byId("P1");
        assertThat(r.resumeText()).contains("Page 3").doesNotContain("Page 4");
        assertThat(r.notes()).contains("résumé file 'long.pdf' has 4 pages; only the first 3 were read");
    }
}
