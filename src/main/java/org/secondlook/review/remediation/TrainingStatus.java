package org.secondlook.review.remediation;

import java.util.Map;

/**
 * The figures of {@code training status}.
 *
 * @param byState       records that need training (RECALL, ENROL) by state; records with action NONE never move
 * @param verifiedShare verified ÷ records that need training and are not voided, separated or waived (0 when none)
 * @param officeShares  the same share per office (office name as stored; records without one under "")
 */
public record TrainingStatus(long records, Map<String, Long> byAction, Map<String, Long> byState, long overdue,
                             long verified, double verifiedShare, Map<String, Double> officeShares) {
}
