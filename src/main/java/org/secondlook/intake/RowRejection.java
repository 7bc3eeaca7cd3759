package org.secondlook.intake;

/** A batch row that was not imported: its row number (as a spreadsheet shows it), id if known, and why. */
public record RowRejection(int rowNumber, String applicantId, String reason) {
    /** The id as a message may show it: at most 80 characters, no control characters ({@link Quote}). */
    public RowRejection {
        applicantId = Quote.of(applicantId);
    }
}
