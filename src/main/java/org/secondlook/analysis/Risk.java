package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Graded risk (0–1) that a screening label of LEO is wrong, from the strength of the evidence on
 * both sides. Bands by verdict keep the order NOT_LE above UNCERTAIN above LE, and a NOT_LE
 * résumé with only non-LE officer evidence (at least 0.97) above the complement of any LE risk
 * (at most 0.97), so in the queue a LEO label on such a résumé comes before an ACADEMY label on an
 * LE one; inside a band the
 * evidence moves the figure: for NOT_LE, every law-enforcement-looking mention that was read as
 * someone else's, training, study or civilian work lowers it (a likelier miss), and non-LE officer
 * titles and aspirations raise it; for UNCERTAIN, a deferred role with dates lowers it; for LE,
 * a listed sworn title, several findings and long dated service lower it. Equal evidence gives
 * equal risk, and only then.
 */
final class Risk {
    private Risk() {
    }

    static double of(Verdict v, Integer months, List<AnalysisFinding> findings, int explicitLe) {
        Map<FindingCategory, Integer> n = new EnumMap<>(FindingCategory.class);
        for (FindingCategory c : FindingCategory.values()) {
            n.put(c, 0);
        }
        for (AnalysisFinding f : findings) {
            n.merge(f.category(), 1, Integer::sum);
        }
        switch (v) {
            case LE: {
                double r = 0.15;
                r -= 0.04 * Math.min(explicitLe, 2);
                r -= 0.02 * Math.min(n.get(FindingCategory.LE_EMPLOYMENT), 4);
                if (months != null) {
                    r -= 0.03 * Math.min(months, 120) / 120.0 + 0.01;
                }
                r += 0.01 * Math.min(n.get(FindingCategory.POLICY_DEPENDENT_ROLE), 3);
                r -= 0.002 * Math.min(n.get(FindingCategory.LE_TRAINING), 5);
                return clamp(r, 0.03, 0.20);
            }
            case UNCERTAIN: {
                double r = 0.50;
                int deferred = n.get(FindingCategory.POLICY_DEPENDENT_ROLE);
                r -= 0.03 * Math.min(deferred, 3);
                r -= 0.04 * Math.min(n.get(FindingCategory.LE_EMPLOYMENT), 2);
                r -= 0.02 * Math.min(n.get(FindingCategory.LE_TRAINING), 3);
                r += 0.01 * Math.min(n.get(FindingCategory.NON_LE_OFFICER_TITLE), 5);
                r += 0.01 * Math.min(n.get(FindingCategory.ASPIRATION), 2);
                return clamp(r, 0.30, 0.60);
            }
            default: {
                double r = 0.97;
                int weak = n.get(FindingCategory.LE_TRAINING) * 3 + n.get(FindingCategory.CIVILIAN_IN_LE_AGENCY) * 2
                        + n.get(FindingCategory.THIRD_PARTY) + n.get(FindingCategory.COURSEWORK);
                r -= 0.03 * Math.min(weak, 10);
                r += 0.004 * Math.min(n.get(FindingCategory.NON_LE_OFFICER_TITLE), 5);
                r += 0.002 * Math.min(n.get(FindingCategory.ASPIRATION) + n.get(FindingCategory.NEGATION), 3);
                if (findings.isEmpty()) {
                    r = 0.90;
                }
                return clamp(r, 0.65, 0.99);
            }
        }
    }

    private static double clamp(double r, double lo, double hi) {
        return Math.round(Math.max(lo, Math.min(hi, r)) * 10000) / 10000.0;
    }
}
