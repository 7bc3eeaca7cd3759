package org.secondlook.review.remediation;

import java.time.LocalDate;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationState;

/**
 * One record as a list shows it.
 *
 * @param dueDate what the record waits for next: the report date before the class, the class's end while it
 *                runs, the last day to verify a completion; null when nothing is due
 * @param overdue whether one of the overdue rules holds today
 */
public record TrainingLine(String applicantId, RemediationAction action, RemediationState state, String office,
                           LocalDate dueDate, boolean overdue, int attempt, String classNumber, boolean waiverPending) {
}
