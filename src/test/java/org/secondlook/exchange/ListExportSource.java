package org.secondlook.exchange;

import org.secondlook.review.exchange.ExportSource;
import org.secondlook.review.exchange.DecisionRow;
import org.secondlook.review.exchange.EvidenceRow;
import org.secondlook.review.exchange.AuditRow;

import java.util.List;
import java.util.stream.Stream;

/** An export source over fixed lists: the writer is tested without a database. */
record ListExportSource(List<DecisionRow> decisionRows, List<EvidenceRow> evidenceRows, List<AuditRow> auditRows)
        implements ExportSource {
    @Override
    public Stream<DecisionRow> decisions() {
        return decisionRows.stream();
    }

    @Override
    public Stream<EvidenceRow> evidence() {
        return evidenceRows.stream();
    }

    @Override
    public Stream<AuditRow> auditEvents() {
        return auditRows.stream();
    }

    @Override
    public long expectedDecisionRows() {
        return decisionRows.size();
    }
}
