package org.secondlook.store;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.secondlook.domain.EvidenceSpan;

/**
 * Column {@code applicant.leo_terms}: the tool's evidence terms on the current résumé version of a LEO-labelled
 * case (lower case, each once, sorted, one a line; at most {@value #MAX} characters) — the "officer" phrases
 * behind its label. The oversight figures count phrases from it in the same pass as every other group
 * (migration V30 fills it for stored cases with the same rule).
 */
public final class LeoTerms {
    public static final int MAX = 4000;
    public static final String SEPARATOR = "\n";

    private LeoTerms() {
    }

    /** The column's value for a case labelled {@code caseLabel} whose current version's flag says {@code flagLabel}. */
    public static String of(String caseLabel, String flagLabel, List<EvidenceSpan> evidence) {
        if (!"LEO".equals(caseLabel) || !"LEO".equals(flagLabel) || evidence == null) {
            return null;
        }
        TreeSet<String> terms = new TreeSet<>();
        for (EvidenceSpan e : evidence) {
            if (e.getTerm() != null) {
                terms.add(e.getTerm().toLowerCase(Locale.ROOT));
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        String all = String.join(SEPARATOR, terms);
        return all.length() <= MAX ? all : all.substring(0, MAX);
    }

    /** The terms in a column value (none for null). */
    public static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(SEPARATOR));
    }
}
