package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and DOCX résumés, written by PDFBox and POI, and broken ones that fail only their own row. */
class DocumentResumeTest {
    @TempDir
    Path dir;

    static void writePdf(Path file, String... lines) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(72, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    static void writeDocx(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Dana Cole");
            doc.createParagraph().createRun().setText("Experience");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("2012–2019");
            table.getRow(0).getCell(1).setText("Loan Officer, First Bank");
            table.getRow(1).getCell(0).setText("2019–2024");
            table.getRow(1).getCell(1).setText("Branch Manager");
            doc.createParagraph().createRun().setText("References on request.");
            doc.write(out);
        }
    }

    private Collected readBatch(String rows, ReadLimits limits) throws Exception {
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,resume_file,classifier_evidence\n" + rows);
        Collected c = new Collected();
        new BatchReader(limits).read(batch, c, BatchReader.Progress.NONE);
        return c;
    }

    @Test
    void pdfResumeTextAndEvidence() throws Exception {
        writePdf(dir.resolve("cv.pdf"), "Sam Ortiz", "Police Officer, Tulsa Police Department, 2011 - 2019", "Patrol officer; field training.");
        Collected c = readBatch("P1,Sam Ortiz,LEO,cv.pdf,officer\n", ReadLimits.defaults());
        ApplicantRecord r = c.byId("P1");
        assertThat(r.resumeType()).isEqualTo("PDF");
        assertThat(r.resumeText()).contains("Police Officer, Tulsa Police Department, 2011 - 2019");
        assertThat(r.evidence()).hasSize(2)
                .allSatisfy(s -> assertThat(r.resumeText().substring(s.getStart(), s.getEnd())).isEqualToIgnoringCase("officer"));
        assertThat(r.originalFile()).as("the PDF is kept as it came, to show its pages")
                .isEqualTo(Files.readAllBytes(dir.resolve("cv.pdf")));
    }

    @Test
    void docxResumeParagraphsAndTables() throws Exception {
        writeDocx(dir.resolve("cv.docx"));
        Collected c = readBatch("D1,Dana Cole,LEO,cv.docx,officer\n", ReadLimits.defaults());
        ApplicantRecord r = c.byId("D1");
        assertThat(r.resumeType()).isEqualTo("DOCX");
        assertThat(r.resumeText()).isEqualTo("Dana Cole\nExperience\n2012–2019\tLoan Officer, First Bank\n2019–2024\tBranch Manager\n"
                + "References on request.\n");
        assertThat(r.evidence()).singleElement().satisfies(s -> assertThat(s.getStart()).isEqualTo(r.resumeText().indexOf("Officer")));
        assertThat(r.originalFile()).as("only PDF originals are kept").isNull();
    }

    @Test
    void corruptPdfAndDocxFailOnlyTheirOwnRows() throws Exception {
        writePdf(dir.resolve("good.pdf"), "Security Officer");
        byte[] good = Files.readAllBytes(dir.resolve("good.pdf"));
        Files.write(dir.resolve("bad.pdf"), java.util.Arrays.copyOf(good, 40));
        Files.writeString(dir.resolve("bad.docx"), "this is not a word file");
        Collected c = readBatch("X1,Al,LEO,bad.pdf,\nX2,Bo,LEO,good.pdf,\nX3,Cy,LEO,bad.docx,\n", ReadLimits.defaults());
        assertThat(c.accepted).extracting(ApplicantRecord::applicantId).containsExactly("X2");
        assertThat(c.rejectionOfRow(2)).isEqualTo(new RowRejection(2, "X1",
                "résumé file 'bad.pdf' could not be read as a PDF (it is damaged or not a PDF)"));
        assertThat(c.rejectionOfRow(4).reason()).isEqualTo(
                "résumé file 'bad.docx' could not be read as a Word .docx document (it is damaged, protected or not a .docx)");
    }

    @Test
    void aResumeThatTakesTooLongFailsOnlyItsRow() throws Exception {
        // 200 pages of text cannot be read in a millisecond; the limit stands in for a PDF that hangs.
        String[] lines = new String[50];
        java.util.Arrays.fill(lines, "Petty Officer Second Class, U.S. Navy, 2009 - 2015, radar and communications technician");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 200; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(12);
                    cs.newLineAtOffset(40, 750);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(dir.resolve("slow.pdf").toFile());
        }
        Files.writeString(dir.resolve("quick.txt"), "Petty Officer");
        Collected c = readBatch("S1,Al,LEO,slow.pdf,\nS2,Bo,LEO,quick.txt,\n", ReadLimits.defaults().withExtractionTimeout(Duration.ofMillis(1)));
        assertThat(c.rejectionOfRow(2).reason()).isEqualTo("résumé file 'slow.pdf' took longer than 1 ms to read and was given up");
        assertThat(c.byId("S2").resumeText()).isEqualTo("Petty Officer");
    }

    @Test
    void oversizedResumeFileFailsItsRow() throws Exception {
        Files.write(dir.resolve("big.txt"), new byte[2 * 1024 * 1024]);
        Collected c = readBatch("B1,Al,LEO,big.txt,\n", ReadLimits.defaults().withMaxResumeBytes(1024 * 1024));
        assertThat(c.rejectionOfRow(2).reason()).isEqualTo("résumé file 'big.txt' is 2 MB, more than the 1 MB a résumé may be");
    }

    @Test
    void passwordProtectedPdfFailsItsRowWithAPlainReason() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                    "owner-secret", "user-secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(dir.resolve("locked.pdf").toFile());
        }
        Collected c = readBatch("K1,Al,LEO,locked.pdf,\n", ReadLimits.defaults());
        assertThat(c.rejectionOfRow(2).reason()).isEqualTo("résumé file 'locked.pdf' is a password-protected PDF; ask for an unprotected copy");
    }
}
