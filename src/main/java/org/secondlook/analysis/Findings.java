package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;

import java.util.List;

/** The findings of one reading, each spanning tokens of the normalized text and pointing into the original. */
final class Findings {
    private final String original;
    private final NormalizedText text;
    private final Tokens t;
    private final List<AnalysisFinding> findings;

    Findings(String original, NormalizedText text, Tokens t, List<AnalysisFinding> findings) {
        this.original = original;
        this.text = text;
        this.t = t;
        this.findings = findings;
    }

    String span(int first, int last) {
        int s = text.originalStart(t.start[first]);
        int e = text.originalEnd(t.end[last - 1]);
        return original.substring(s, e);
    }

    void add(int first, int last, FindingCategory c, String explanation) {
        int s = text.originalStart(t.start[first]);
        int e = text.originalEnd(t.end[last - 1]);
        findings.add(new AnalysisFinding(s, e, c, original.substring(s, e), explanation));
    }
}
