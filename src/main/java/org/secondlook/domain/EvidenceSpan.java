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

    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getTerm() { return term; }
}
