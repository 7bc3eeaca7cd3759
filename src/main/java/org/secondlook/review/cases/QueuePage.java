package org.secondlook.review.cases;

import java.util.List;

/** A page of queue rows and the number of cases the filter matches in all. */
public record QueuePage(List<CaseSummary> rows, int total) {
    public QueuePage {
        rows = List.copyOf(rows);
    }
}
