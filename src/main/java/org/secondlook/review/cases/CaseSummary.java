package org.secondlook.review.cases;

import java.time.Instant;
import org.secondlook.domain.ReviewState;

/** One row of the review queue: what the table shows, never the résumé text. */
public record CaseSummary(
        String applicantId,
        String fullName,
        String fieldOffice,
        String classifierLabel,
        ReviewState state,
        String verdict,
        Integer leMonths,
        double risk,
        Instant importedAt,
        String decidedBy) {
}
