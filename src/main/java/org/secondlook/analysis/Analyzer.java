package org.secondlook.analysis;

import java.util.List;

/**
 * The second-opinion analyzer: a pure function of résumé text and policy. Immutable and safe to
 * share between threads. (Placeholder until the analyzer issue lands: reports nothing.)
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** The analyzer with the policy and lexicons shipped in {@code resources/analysis/}. */
    public static Analyzer withDefaultPolicy() {
        return new Analyzer();
    }

    public AnalysisResult analyze(String text) {
        return new AnalysisResult(Verdict.NOT_LE, null, 0.5, List.of());
    }
}
