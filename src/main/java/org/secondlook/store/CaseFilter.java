package org.secondlook.store;

import java.time.Instant;
import java.util.Set;

/**
 * A queue filter in the store's terms. Null or empty values mean "any".
 *
 * @param search  matched against applicant id (prefix), name and current résumé text (contains, case-insensitive)
 * @param sort    one of the {@link Sort} columns
 */
public record CaseFilter(String search, Set<String> stateCodes, String office, String classifierLabel,
                         String verdict, String decidedBy, Instant importedFrom, Instant importedBefore,
                         Sort sort, boolean ascending, int offset, int limit) {
    /** Sortable columns; each has an index in the schema. */
    public enum Sort {
        RISK("a.risk"), APPLICANT_ID("a.applicantId"), NAME("a.fullName"), OFFICE("a.fieldOffice"),
        LABEL("a.classifierLabel"), VERDICT("a.verdict"), STATE("a.state"), IMPORTED_AT("a.importedAt"),
        DECIDED_BY("a.decidedBy");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public CaseFilter {
        stateCodes = stateCodes == null ? Set.of() : Set.copyOf(stateCodes);
        sort = sort == null ? Sort.RISK : sort;
    }
}
