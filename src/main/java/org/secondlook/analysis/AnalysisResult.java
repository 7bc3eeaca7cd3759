package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import java.util.List;

/**
 * The analyzer's reading of one résumé.
 *
 * @param leMonths total months of qualifying employment, or null where none
 * @param risk     0–1: how likely a screening label of LEO is wrong for this résumé
 */
public record AnalysisResult(Verdict verdict, Integer leMonths, double risk, List<AnalysisFinding> findings) {
    public AnalysisResult {
        findings = List.copyOf(findings);
    }

    /** How likely the given screening label is wrong: {@code risk} for LEO, its complement otherwise. */
    public double riskForLabel(boolean labelIsLeo) {
        return labelIsLeo ? risk : 1.0 - risk;
    }
}
