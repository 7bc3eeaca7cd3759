package org.secondlook.review.exchange;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.accounts.KeyRing;
import org.secondlook.store.ExchangeReader;
import org.secondlook.store.SettingsStore;
import org.secondlook.store.AccountStore;
import org.secondlook.store.Database;
import org.secondlook.store.ExportReader;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.Permission;
import org.secondlook.review.accounts.DatabaseKeyRing;
import org.secondlook.review.cases.Span;

/** Export rows from the store, as the logged-in user (admin or supervisor). */
public final class DatabaseExports implements Exports {
    private final Database db;
    private final String user;
    private final AccessCheck access;
    private final Clock clock;
    private final String office;

    public DatabaseExports(Database db, String user, AccessCheck access, String office, Clock clock) {
        this.office = office;
        this.db = db;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ExportSource workbook(ExportFilter filter) {
        access.require(Permission.EXPORT);
        ExportReader reader = new ExportReader(db);
        ExportReader.Scope scope = new ExportReader.Scope(
                filter.states().stream().map(ReviewState::code).collect(Collectors.toSet()), filter.office(),
                filter.since() == null ? null : filter.since().atStartOfDay(clock.getZone()).toInstant());
        return new ExportSource() {
            @Override
            public Stream<DecisionRow> decisions() {
                return reader.decisions(scope).map(DatabaseExports::decisionRow);
            }

            @Override
            public Stream<EvidenceRow> evidence() {
                Stream<EvidenceRow> tool = reader.toolEvidence(scope).map(r -> new EvidenceRow(r.applicantId(),
                        Span.TOOL_EVIDENCE, r.start(), r.end(), r.text(),
                        r.term() == null ? null : "The screening tool matched \u201c" + r.term() + "\u201d."));
                Stream<EvidenceRow> findings = reader.findings(scope).map(r -> new EvidenceRow(r.applicantId(),
                        r.category(), r.start(), r.end(), r.text(), r.explanation()));
                return Stream.concat(tool, findings);
            }

            @Override
            public Stream<AuditRow> auditEvents() {
                return reader.auditEvents(scope).map(r -> new AuditRow(r.seq(), r.occurredAt(), r.actor(), r.type(),
                        r.subject(), r.details(), r.hash()));
            }

            @Override
            public Stream<TrainingRow> training() {
                return reader.training(scope).map(DatabaseExports::trainingRow);
            }

            @Override
            public long expectedDecisionRows() {
                return reader.countCases(scope);
            }
        };
    }

    static TrainingRow trainingRow(ExportReader.TrainingLine r) {
        return new TrainingRow(r.applicantId(), r.office(), r.action().name(), r.state().name(),
                r.attempt() == null ? 1 : r.attempt(), r.classNumber(), r.reportDate(), r.classStart(), r.classEnd(),
                r.evidenceBy(), r.verifiedBy(), r.verifiedAt(), r.waiverReason() == null ? null : r.waiverReason().name(),
                r.createdAt(), r.stateSince());
    }

    static DecisionRow decisionRow(ExportReader.DecisionLine r) {
        return new DecisionRow(r.applicantId(), r.fullName(), r.fieldOffice(), r.classifierLabel(), r.verdict(),
                r.leMonths(), r.track() == null ? null : r.track().name(), r.reasonCode(), r.note(), r.decidedBy(),
                r.decidedAt(), r.signedBy(), r.signedAt(), r.state() == null ? null : r.state().code());
    }

    @Override
    public PackageSource packageSource() {
        access.require(Permission.EXPORT);
        return new DatabasePackageSource(new ExchangeReader(db), office, workbook(ExportFilter.ALL),
                new org.secondlook.store.RemediationReader(db)::everyRecordWithMoves);
    }

    @Override
    public KeyRing keys() {
        return new DatabaseKeyRing(new SettingsStore(db), user, access, clock);
    }

    @Override
    public PackageMergeTarget merges() {
        access.require(Permission.MERGE_PACKAGES);
        return new DatabasePackageMerge(db, user, clock);
    }

    @Override
    public org.secondlook.review.exchange.MergeConflicts conflicts() {
        return new DatabaseMergeConflicts(db, user, access, clock);
    }

    @Override
    public void recordExport(String details) {
        access.require(Permission.EXPORT);
        new AccountStore(db).audit(clock.instant(), user, "EXPORT", null, details);
    }
}
