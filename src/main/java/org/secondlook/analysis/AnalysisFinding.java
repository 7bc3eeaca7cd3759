package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;

/**
 * One finding: offsets into the original text (UTF-16 units, end exclusive), its category, the text
 * it covers and one plain sentence saying why.
 */
public record AnalysisFinding(int start, int end, FindingCategory category, String text, String explanation) {
}
