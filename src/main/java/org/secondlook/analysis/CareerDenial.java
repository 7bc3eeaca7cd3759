package org.secondlook.analysis;

import java.util.List;
import java.util.Locale;
import org.secondlook.domain.FindingCategory;

/**
 * "I have never worked in law enforcement", "no prior law enforcement experience": the applicant denies a
 * law-enforcement career outright. Beside a title read as sworn service (an actor's credits, a reference's rank),
 * the résumé contradicts itself, and a person decides rather than the rules: the verdict is UNCERTAIN, never LE.
 * Only a denial that opens with "no", "never", "without" or "not served" counts: a denial of one post ("non-sworn",
 * "Not an interpretive ranger - a commissioned law enforcement ranger") is not a career denied.
 */
final class CareerDenial {
    private CareerDenial() {
    }

    static boolean in(List<AnalysisFinding> findings) {
        for (AnalysisFinding f : findings) {
            if (f.category() == FindingCategory.NEGATION) {
                String s = f.text().toLowerCase(Locale.ROOT).replace('-', ' ').replace('\n', ' ');
                if ((s.startsWith("no ") || s.startsWith("never") || s.startsWith("without") || s.startsWith("have never")
                        || s.startsWith("has never") || s.startsWith("not served")) && (s.contains("law enforcement") || s.contains("any police"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
