package org.secondlook.demo;

import java.util.ArrayList;
import java.util.List;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;

/**
 * The screening tool's rule, as it was: the word "officer" anywhere (any case) means LEO, and every
 * occurrence is its evidence.
 */
public final class KeywordRule {
    public static final String TERM = "officer";

    private KeywordRule() {
    }

    public static List<EvidenceSpan> evidence(String text) {
        List<EvidenceSpan> spans = new ArrayList<>();
        int n = TERM.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, TERM, 0, n)) {
                spans.add(new EvidenceSpan(i, i + n, text.substring(i, i + n)));
                i += n - 1;
            }
        }
        return spans;
    }

    public static ClassifierLabel label(List<EvidenceSpan> evidence) {
        return evidence.isEmpty() ? ClassifierLabel.NON_LEO : ClassifierLabel.LEO;
    }
}
