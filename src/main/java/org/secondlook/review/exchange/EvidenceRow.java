package org.secondlook.review.exchange;

/**
 * One finding or piece of the tool's evidence on the <em>Evidence</em> sheet.
 *
 * @param kind  {@code TOOL_EVIDENCE} or the analyzer's finding category
 * @param start UTF-16 offset into the résumé text, inclusive
 * @param end   UTF-16 offset, exclusive
 * @param text  the résumé text of the span
 */
public record EvidenceRow(String applicantId, String kind, int start, int end, String text, String explanation) {
}
