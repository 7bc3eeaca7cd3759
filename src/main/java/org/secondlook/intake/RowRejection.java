package org.secondlook.intake;

/** A batch row that was not imported: its row number (as a spreadsheet shows it), id if known, and why. */
public record RowRejection(int rowNumber, String applicantId, String reason) {
}
