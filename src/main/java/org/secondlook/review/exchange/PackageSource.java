package org.secondlook.review.exchange;

import java.util.stream.Stream;


/**
 * Everything an office's package covers — every case, decision and audit event — read from the
 * database as streams the exporter closes. Implemented over the store; the package writer itself
 * never touches the database.
 */
public interface PackageSource {
    String office();

    Stream<CaseRecord> cases();

    Stream<DecisionRecord> decisions();

    /** The whole audit chain from event 1, by sequence number. */
    Stream<AuditRecord> auditEvents();

    /** Every training record (voided ones too) with its moves; none from a source that keeps none. */
    default Stream<TrainingRecord> training() {
        return Stream.empty();
    }

    /** The rows of the workbook that travels inside the package (every case). */
    ExportSource workbookRows();
}
