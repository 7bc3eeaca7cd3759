package org.secondlook.review.cases;

import java.time.Instant;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;

/** One row of the review queue: what the table shows, never the résumé text. */
public record CaseSummary(
        String applicantId,
        String fullName,
        String fieldOffice,
        ClassifierLabel classifierLabel,
        ReviewState state,
        Verdict verdict,
        Integer leMonths,
        double risk,
        Instant importedAt,
        String decidedBy) {
}
