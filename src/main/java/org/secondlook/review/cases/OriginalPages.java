package org.secondlook.review.cases;

import java.util.List;

/**
 * The first pages of the PDF file a résumé came in, rendered as PNG images for the case view.
 *
 * @param pngs       PNG images of the first pages, in page order (empty when the résumé did not come as a PDF)
 * @param pageCount  how many pages the PDF has in all (may be more than were rendered)
 */
public record OriginalPages(List<byte[]> pngs, int pageCount) {
    /** No original PDF: inline text, TXT or DOCX résumés, or a PDF too large to keep. */
    public static final OriginalPages NONE = new OriginalPages(List.of(), 0);

    public OriginalPages {
        pngs = List.copyOf(pngs);
    }

    public boolean isEmpty() {
        return pngs.isEmpty();
    }
}
