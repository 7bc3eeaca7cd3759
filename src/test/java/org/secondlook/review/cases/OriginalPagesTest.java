package org.secondlook.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.Fixtures;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;

/** A PDF résumé's file is kept in the encrypted store with its version, and its pages come back as PNG images. */
class OriginalPagesTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    static void writePdf(Path file, int pages, String line) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(72, 720);
                    cs.showText(line + " (page " + p + ")");
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private ImportReport importBatch(ReviewSession s, String rows) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path batch = in.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,resume_file\n" + rows);
        return s.imports().importBatch(batch, ImportProgress.NONE);
    }

    @Test
    void aPdfResumeShowsItsFirstPagesAndATextResumeHasNone() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        writePdf(in.resolve("cv.pdf"), 7, "Police Officer, Tulsa Police Department, 2011 - 2019");
        Files.writeString(in.resolve("cv.txt"), "Loss Prevention Officer, Target, 2015 - 2020\n");
        LocalWorkstation ws = Fixtures.initialized(dir.resolve("data"));
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ImportReport report = importBatch(s, "P1,Sam Ortiz,LEO,cv.pdf\nT1,Tia Ruiz,LEO,cv.txt\n");
            assertThat(report.countsLine()).isEqualTo("2 new, 0 updated, 0 unchanged, 0 rejected");

            OriginalPages pages = s.cases().originalPages("P1", 1);
            assertThat(pages.pageCount()).isEqualTo(7);
            assertThat(pages.pngs()).as("the first five pages only").hasSize(5);
            for (byte[] png : pages.pngs()) {
                assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_MAGIC);
            }
            BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.pngs().get(0)));
            assertThat(first.getWidth()).as("US Letter at 96 dpi").isEqualTo(816);
            assertThat(first.getHeight()).isEqualTo(1056);

            assertThat(s.cases().originalPages("T1", 1).pngs()).isEmpty();
            assertThat(s.cases().originalPages("T1", 1)).isEqualTo(OriginalPages.NONE);
            assertThat(s.cases().originalPages("NO-SUCH-CASE", 1).isEmpty()).isTrue();
        }
    }

    @Test
    void eachResumeVersionKeepsItsOwnPdf() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        LocalWorkstation ws = Fixtures.initialized(dir.resolve("data"));
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            writePdf(in.resolve("cv.pdf"), 1, "Security Officer, Allied Universal, 2016 - 2021");
            importBatch(s, "P1,Sam Ortiz,LEO,cv.pdf\n");
            writePdf(in.resolve("cv.pdf"), 2, "Deputy Sheriff, Travis County, 2012 - 2018");
            ImportReport second = importBatch(s, "P1,Sam Ortiz,LEO,cv.pdf\n");
            assertThat(second.countsLine()).isEqualTo("0 new, 1 updated, 0 unchanged, 0 rejected");

            assertThat(s.cases().originalPages("P1", 1).pageCount()).isEqualTo(1);
            assertThat(s.cases().originalPages("P1", 2).pageCount()).isEqualTo(2);
            assertThat(s.cases().originalPages("P1", 3).isEmpty()).isTrue();
        }
    }

    @Test
    void anOversizedPageIsDrawnSmallerNotLarger() {
        assertThat(PdfPageRenderer.dpiFor(PDRectangle.LETTER)).isEqualTo(96f);
        // a 200-inch poster page would be 19,200 pixels high at 96 dpi
        float dpi = PdfPageRenderer.dpiFor(new PDRectangle(200 * 72, 200 * 72));
        assertThat(200 * dpi).isLessThanOrEqualTo(PdfPageRenderer.MAX_SIDE_PIXELS + 1);
    }
}
