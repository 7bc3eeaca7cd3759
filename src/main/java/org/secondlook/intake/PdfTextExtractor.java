package org.secondlook.intake;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF résumé (PDFBox), in main memory only (no temporary files), up to a page cap. */
final class PdfTextExtractor {
    private final ReadLimits limits;

    PdfTextExtractor(ReadLimits limits) {
        this.limits = limits;
    }

    /** A PDF's text (up to the page cap) and how many pages it has in all. */
    record Text(String text, int pages) {
    }

    /** The text of a PDF already read into memory (so the same bytes can be kept as the original). */
    String extract(byte[] pdf, String shownName) throws RowProblem {
        return extractPages(pdf, shownName).text();
    }

    /** As {@link #extract}, with the page count, so a cut at the page cap can be reported. */
    Text extractPages(byte[] pdf, String shownName) throws RowProblem {
        shownName = Quote.of(shownName);
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes());
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null, memory.streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(limits.maxPdfPages());
            return new Text(stripper.getText(doc), doc.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            throw new RowProblem("résumé file '" + shownName + "' is a password-protected PDF; ask for an unprotected copy");
        } catch (IOException | RuntimeException e) {
            throw new RowProblem("résumé file '" + shownName + "' could not be read as a PDF (it is damaged or not a PDF)");
        } catch (OutOfMemoryError e) {
            throw new RowProblem("résumé file '" + shownName + "' needs too much memory to read");
        }
    }
}
