package org.secondlook.review.exchange;

import java.time.Instant;
import java.util.stream.Stream;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.store.ExchangeReader;

/** Every case, decision and audit event of this installation, as package records. */
final class DatabasePackageSource implements PackageSource {
    private final ExchangeReader reader;
    private final String office;
    private final ExportSource workbook;
    private final java.util.function.Supplier<java.util.List<org.secondlook.store.RemediationReader.WithMoves>>
            trainingRecords;

    DatabasePackageSource(ExchangeReader reader, String office, ExportSource workbook,
                          java.util.function.Supplier<java.util.List<org.secondlook.store.RemediationReader.WithMoves>>
                                  trainingRecords) {
        this.reader = reader;
        this.trainingRecords = trainingRecords;
        this.office = office;
        this.workbook = workbook;
    }

    @Override
    public String office() {
        return office;
    }

    @Override
    public Stream<CaseRecord> cases() {
        return reader.cases().map(DatabasePackageSource::caseRecord);
    }

    static CaseRecord caseRecord(ExchangeReader.CaseData c) {
        Applicant a = c.applicant();
        return new CaseRecord(a.getApplicantId(), a.getFullName(), a.getEmail(), a.getPhone(), a.getFieldOffice(),
                a.getEmploymentStatus(), a.getHireDate() == null ? null : a.getHireDate().toString(),
                a.getExtraAttributes(), a.getState().code(), a.getClassifierLabel(), a.getVerdict(), a.getLeMonths(),
                a.getRisk(), a.getCurrentVersion(), str(a.getImportedAt()), str(a.getUpdatedAt()),
                c.versions().stream().map(v -> new CaseRecord.ResumeVersionRecord(v.version().getVersionNo(),
                        v.version().getText(), v.version().getSourceFile(), v.version().getSourceType(),
                        v.version().getSha256(), str(v.version().getImportedAt()),
                        v.flag() == null ? null : v.flag().getLabel().name(),
                        v.flag() == null ? null : v.flag().getScore(), v.flag() == null ? null : v.flag().getModel(),
                        v.evidence().stream().map(e -> new CaseRecord.SpanRecord(e.getStart(), e.getEnd(), e.getTerm()))
                                .toList(),
                        v.findings().stream().map(f -> new CaseRecord.FindingRecord(f.getStart(), f.getEnd(),
                                f.getCategory(), f.getExplanation())).toList())).toList());
    }

    @Override
    public Stream<DecisionRecord> decisions() {
        return reader.decisions().map(d -> {
            Decision x = d.decision();
            return new DecisionRecord(ref(office, x.getId()), d.applicantId(), x.getResumeVersionNo(),
                    x.getTrack().name(), x.getReasonCode(), x.getNote(), x.getDecidedBy(), str(x.getDecidedAt()),
                    x.getSupersedesId() == null ? null : ref(office, x.getSupersedesId()), x.isActive(),
                    d.signOffs().stream().map(s -> new DecisionRecord.SignOffRecord(s.getOutcome().name(),
                            s.getComment(), s.getSignedBy(), str(s.getSignedAt()))).toList());
        });
    }

    static String ref(String office, long id) {
        return office + "#" + id;
    }

    @Override
    public Stream<AuditRecord> auditEvents() {
        return reader.auditEvents().map(AuditRecord::of);
    }

    @Override
    public Stream<TrainingRecord> training() {
        return trainingRecords.get().stream().map(t -> TrainingPackageRecords.record(office, t));
    }

    @Override
    public ExportSource workbookRows() {
        return workbook;
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
