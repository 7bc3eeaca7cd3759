package org.secondlook.review.cases;

import java.util.Optional;
import org.secondlook.domain.FindingCategory;

/**
 * A highlighted span of résumé text: offsets (UTF-16, end exclusive), its kind — {@code TOOL_EVIDENCE}
 * for the screening tool's match, otherwise the analyzer's finding category by name ({@link #category()}) —
 * and a plain explanation.
 */
public record Span(int start, int end, String kind, String text, String explanation) {
    public static final String TOOL_EVIDENCE = "TOOL_EVIDENCE";

    /** A finding of the analyzer's. */
    public Span(int start, int end, FindingCategory category, String text, String explanation) {
        this(start, end, category.name(), text, explanation);
    }

    /** The analyzer's category, or empty for the tool's evidence (and a blind mention). */
    public Optional<FindingCategory> category() {
        return FindingCategory.find(kind);
    }

    /** Whether this span is an analyzer finding of {@code category}. */
    public boolean is(FindingCategory category) {
        return category.name().equals(kind);
    }
}
