package org.secondlook.ui.queue;

import java.time.LocalDate;
import java.util.Set;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.cases.QueueQuery;
import org.secondlook.review.cases.QueueQuery.SortKey;

/** The queue's filters and sort as one value; turns into a page query. */
public record QueueFilter(String search, ReviewState state, String office, String label, String verdict,
                          String reviewer, LocalDate importedFrom, LocalDate importedTo, SortKey sort, boolean ascending) {

    public static final QueueFilter DEFAULT = new QueueFilter(null, null, null, null, null, null, null, null, SortKey.RISK, false);

    public QueueQuery page(int offset, int limit) {
        return new QueueQuery(blankToNull(search), state == null ? Set.of() : Set.of(state), blankToNull(office),
                blankToNull(label), blankToNull(verdict), blankToNull(reviewer), importedFrom, importedTo,
                sort, ascending, offset, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
