/**
 * Intake: reads a batch of flagged applicants (FORMATS.md §1) and hands each row on, validated.
 *
 * <p>Entry point: {@link org.secondlook.intake.BatchReader#read}. CSV (Commons CSV), XLSX (POI, streamed
 * SAX over the first sheet, cells as a person sees them) and JSON Lines (Jackson). Résumé text comes
 * inline or from a {@code .txt} ({@link org.secondlook.intake.TextDecoder}), {@code .pdf} (PDFBox) or
 * {@code .docx} (POI) file beside the batch, read under {@link org.secondlook.intake.ReadLimits}.
 * A bad row becomes a {@link org.secondlook.intake.RowRejection}; a file that cannot be used at all an
 * {@link org.secondlook.intake.UnusableFileException} whose message is one plain sentence.
 */
package org.secondlook.intake;
