package org.secondlook.review.cases;

/**
 * A highlighted span of résumé text: offsets (UTF-16, end exclusive), its kind — {@code TOOL_EVIDENCE}
 * for the screening tool's match, otherwise the analyzer's finding category — and a plain explanation.
 */
public record Span(int start, int end, String kind, String text, String explanation) {
    public static final String TOOL_EVIDENCE = "TOOL_EVIDENCE";
}
