package org.secondlook.review.exchange;

import java.util.stream.Stream;

/**
 * What a workbook holds, already filtered (state, office, date) by whoever built the source. Each
 * method returns a fresh stream that the writer closes; implementations stream from the database
 * (scrolling, never a whole list in memory), so the export's size does not depend on the heap.
 */
public interface ExportSource {
    /** One row per exported applicant, in a stable order. */
    Stream<DecisionRow> decisions();

    /** The findings and tool evidence of the exported applicants' current résumé versions. */
    Stream<EvidenceRow> evidence();

    /** The audit events about the exported applicants, by sequence number. */
    Stream<AuditRow> auditEvents();

    /** The training records in force of the exported applicants, by applicant id (none where there are none). */
    default Stream<TrainingRow> training() {
        return Stream.empty();
    }

    /** How many decision rows {@link #decisions()} will yield, or -1 when unknown (for progress only). */
    default long expectedDecisionRows() {
        return -1;
    }
}
