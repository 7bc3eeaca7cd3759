package org.secondlook.review.cases;

import java.time.LocalDate;
import java.util.Set;
import org.secondlook.domain.ReviewState;

/**
 * A filtered, sorted page request for the queue. Null or empty filter values mean "any".
 *
 * @param search text matched against applicant id, name and résumé text
 */
public record QueueQuery(
        String search,
        Set<ReviewState> states,
        String office,
        String classifierLabel,
        String verdict,
        String reviewer,
        LocalDate importedFrom,
        LocalDate importedTo,
        SortKey sort,
        boolean ascending,
        int offset,
        int limit) {

    /** Columns the queue can be sorted by. */
    public enum SortKey { RISK, APPLICANT_ID, NAME, OFFICE, LABEL, VERDICT, STATE, IMPORTED_AT, DECIDED_BY }

    public QueueQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? SortKey.RISK : sort;
    }

    /** Every case, likeliest screening errors first. */
    public static QueueQuery all(int offset, int limit) {
        return new QueueQuery(null, Set.of(), null, null, null, null, null, null, SortKey.RISK, false, offset, limit);
    }
}
