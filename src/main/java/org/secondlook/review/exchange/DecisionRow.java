package org.secondlook.review.exchange;

import java.time.Instant;

/**
 * One applicant on the <em>Decisions</em> sheet. Decision columns are null for an undecided case.
 *
 * @param applicantId   the id exactly as imported (written as text)
 * @param toolLabel     the screening tool's label: LEO or NON_LEO
 * @param verdict       the analyzer's verdict (LE, NOT_LE, UNCERTAIN) or null
 * @param track         the decided track (LEO or ACADEMY) or null
 * @param reason        the decision's reason code or null
 * @param supervisor    who signed the decision off, or null
 * @param state         the review state's code (NEW, DECIDED, SIGNED_OFF…)
 */
public record DecisionRow(
        String applicantId,
        String fullName,
        String office,
        String toolLabel,
        String verdict,
        Integer leMonths,
        String track,
        String reason,
        String note,
        String reviewer,
        Instant decidedAt,
        String supervisor,
        Instant signedOffAt,
        String state) {
}
