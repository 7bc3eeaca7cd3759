package org.secondlook.review.exchange;

import java.time.Instant;
import java.time.LocalDate;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.store.RemediationReader;

/** An office's training record with its moves, as the package carries it. */
final class TrainingPackageRecords {
    private TrainingPackageRecords() {
    }

    static TrainingRecord record(String office, RemediationReader.WithMoves t) {
        RemediationRecord r = t.record();
        return new TrainingRecord(r.getApplicantId(), DatabasePackageSource.ref(office, r.getDecisionId()),
                r.getAction().name(), r.getState().name(), r.getAttempt(), r.getClassNumber(), str(r.getReportDate()),
                str(r.getClassStart()), str(r.getClassEnd()), r.getEvidenceBy(), r.getVerifiedBy(), str(r.getVerifiedAt()),
                str(r.getCreatedAt()), t.moves().stream().map(m -> new TrainingRecord.MoveRecord(
                        m.getFromState() == null ? null : m.getFromState().name(), m.getToState().name(), m.getAttempt(),
                        m.getMovedBy(), str(m.getMovedAt()), m.getDetail())).toList());
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
