package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A span of résumé text the screening tool matched: UTF-16 offsets, end exclusive. */
@Embeddable
public class EvidenceSpan {
    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "term", length = 500)
    private String term;

    /** The résumé text of the span ({@link SpanText#kept}), or null: then cut from the résumé when needed. */
    @Column(name = "span_text", length = SpanText.MAX_KEPT)
    private String spanText;

    protected EvidenceSpan() {
    }

    public EvidenceSpan(int start, int end, String term) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Evidence span [" + start + ", " + end + ") is not a valid range.");
        }
        this.start = start;
        this.end = end;
        this.term = term;
    }

    /** This span, keeping its text cut from {@code resumeText}. */
    public EvidenceSpan quoting(String resumeText) {
        EvidenceSpan quoted = new EvidenceSpan(start, end, term);
        quoted.spanText = SpanText.kept(resumeText, start, end);
        return quoted;
    }

    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getTerm() { return term; }
    public String getSpanText() { return spanText; }
}
