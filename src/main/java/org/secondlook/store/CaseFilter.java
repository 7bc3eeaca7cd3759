package org.secondlook.store;

import java.time.Instant;
import java.util.Set;

/**
 * A queue filter in the store's terms. Null or empty values mean "any".
 *
 * @param search  finds the cases whose applicant id begins with it as typed, and those whose id, name or current
 *                résumé text holds every word of it (see {@link SearchTerms}: case and accents ignored, a word of
 *                three letters or more also finds longer words it begins)
 * @param sort    one of the {@link Sort} columns
 */
public record CaseFilter(String search, Set<String> stateCodes, String office, String classifierLabel,
                         String verdict, String decidedBy, Instant importedFrom, Instant importedBefore,
                         Sort sort, boolean ascending, int offset, int limit) {
    /** Sortable columns; each has an index in the schema. */
    public enum Sort {
        RISK("a.risk"), APPLICANT_ID("a.applicant_id"), NAME("a.full_name"), OFFICE("a.field_office"),
        LABEL("a.classifier_label"), VERDICT("a.verdict"), STATE("a.state"), IMPORTED_AT("a.imported_at"),
        DECIDED_BY("a.decided_by");

        /** The column in SQL. */
        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public CaseFilter {
        stateCodes = stateCodes == null ? Set.of() : Set.copyOf(stateCodes);
        sort = sort == null ? Sort.RISK : sort;
    }
}
