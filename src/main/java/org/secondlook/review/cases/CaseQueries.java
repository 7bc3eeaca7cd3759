package org.secondlook.review.cases;
import org.secondlook.domain.QueueQuery;

/** Read side of the review queue. Safe to call from a background thread; never from the FX thread. */
public interface CaseQueries {
    /** One page of the queue, filtered and sorted in the database (indexes, never a scan in memory). */
    QueuePage queue(QueueQuery query);

    /**
     * The same page's rows without counting the matches: what finding the next case to open needs (the
     * window's queue shows the count; the next case does not wait for it).
     */
    default java.util.List<CaseSummary> rows(QueueQuery query) {
        return queue(query).rows();
    }

    /** One case with its current résumé version, the tool's evidence and the analyzer's findings. */
    CaseDetail load(String applicantId);

    /** A given résumé version of a case (for "earlier versions"). */
    CaseDetail load(String applicantId, int resumeVersionNo);

    /**
     * The first pages of the PDF file a résumé version came in, rendered as PNG images (slow: render off the UI
     * thread); {@link OriginalPages#NONE} when that version did not come as a PDF.
     */
    default OriginalPages originalPages(String applicantId, int resumeVersionNo) {
        return OriginalPages.NONE;
    }

    /** Counts for the status line: total, open, decided today. */
    QueueStats stats();
}
