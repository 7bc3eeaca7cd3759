package org.secondlook.review.exchange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One training record in force on the <em>Training</em> sheet: what the signed-off decision asks for
 * ({@code action}: RECALL, ENROL, NONE), where the training stands ({@code state}), the class and its dates,
 * who provided the evidence and who verified it. Codes as stored; the sheet shows them in words too.
 */
public record TrainingRow(String applicantId, String office, String action, String state, int attempt,
                          String classNumber, LocalDate reportDate, LocalDate classStart, LocalDate classEnd,
                          String evidenceBy, String verifiedBy, Instant verifiedAt, String waiverReason,
                          Instant createdAt, Instant stateSince) {
}
