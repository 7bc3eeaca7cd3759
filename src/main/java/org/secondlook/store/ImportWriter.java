package org.secondlook.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.store.IncomingCase.Outcome;

/**
 * Writes imported rows in bulk: one transaction per chunk of whole rows (applicant, résumé version,
 * screening flag with its evidence, findings and the row's audit event), through a stateless
 * session with JDBC batching. A row whose résumé text is already the applicant's current version
 * changes nothing; a different text adds a version and keeps the earlier ones. A PDF résumé's file
 * is kept with its version (table {@code resume_original}), in the same transaction.
 */
public final class ImportWriter {
    private final Database database;

    public ImportWriter(Database database) {
        this.database = database;
    }

    /** Writes {@code rows} in one transaction; the outcome of each, in order. */
    public List<Outcome> write(List<IncomingCase> rows, String actor, Instant at) {
        return database.fromStatelessTransaction(s -> write(s, rows, actor, at));
    }

    private static List<Outcome> write(StatelessSession s, List<IncomingCase> rows, String actor, Instant at) {
        s.setJdbcBatchSize(Database.BATCH_SIZE);
        AuditChain.Cursor audit = AuditChain.lockHead(s);
        Map<String, Current> existing = current(s, rows);
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        List<Applicant> newApplicants = new ArrayList<>();
        List<ResumeVersion> versions = new ArrayList<>();
        List<ScreeningFlag> flags = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        List<Original> originals = new ArrayList<>();
        for (IncomingCase row : rows) {
            Current cur = existing.get(row.applicantId());
            Applicant applicant;
            int versionNo;
            if (cur == null) {
                applicant = new Applicant(row.applicantId(), row.fullName(), row.classifierLabel(), at);
                versionNo = 1;
                newApplicants.add(applicant);
                outcomes.add(Outcome.NEW);
            } else if (cur.sha256.equals(row.sha256())) {
                outcomes.add(Outcome.UNCHANGED);
                continue;
            } else if (cur.inChunk != null) {
                applicant = cur.inChunk;
                versionNo = cur.versionNo + 1;
                outcomes.add(Outcome.UPDATED);
            } else {
                applicant = s.get(Applicant.class, cur.id);
                versionNo = cur.versionNo + 1;
                applicant.setFullName(row.fullName());
                applicant.setClassifierLabel(row.classifierLabel());
                applicant.setUpdatedAt(at);
                outcomes.add(Outcome.UPDATED);
            }
            fill(applicant, row, versionNo);
            ResumeVersion version = new ResumeVersion(applicant, versionNo, row.resumeText(), row.sourceFile(),
                    row.sourceType(), row.sha256(), at);
            versions.add(version);
            if (row.originalFile() != null) {
                originals.add(new Original(version, row.originalFile()));
            }
            flags.add(new ScreeningFlag(version, org.secondlook.domain.ClassifierLabel.valueOf(row.classifierLabel()),
                    row.classifierScore(), row.classifierModel(), row.evidence()));
            for (IncomingCase.FindingValue f : row.findings()) {
                findings.add(new Finding(version, f.start(), f.end(), f.category(), f.explanation()));
            }
            events.add(audit.next(at, actor, cur == null ? "APPLICANT_ADDED" : "RESUME_VERSION_ADDED",
                    row.applicantId(), "row " + row.rowNumber() + ", résumé version " + versionNo + ", label "
                            + row.classifierLabel() + ", sha256 " + row.sha256()));
            if (cur != null && cur.inChunk == null) {
                s.update(applicant);
            }
            existing.put(row.applicantId(), new Current(-1, versionNo, row.sha256(), applicant));
        }
        s.insertMultiple(newApplicants);
        s.insertMultiple(versions);
        insertOriginals(s, originals);
        s.insertMultiple(flags);
        s.insertMultiple(findings);
        s.insertMultiple(events);
        AuditChain.saveHead(s, audit);
        return outcomes;
    }

    /** A PDF résumé's file, kept beside its version (the version's id is known once it is inserted). */
    private record Original(ResumeVersion version, byte[] content) {
    }

    /** Runs after the versions' batch has been executed (insertMultiple does so), inside the same transaction. */
    private static void insertOriginals(StatelessSession s, List<Original> originals) {
        if (originals.isEmpty()) {
            return;
        }
        s.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into resume_original (resume_version_id, content) values (?, ?)")) {
                for (Original o : originals) {
                    insert.setLong(1, o.version().getId());
                    insert.setBytes(2, o.content());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void fill(Applicant a, IncomingCase row, int versionNo) {
        a.setEmail(row.email());
        a.setPhone(row.phone());
        a.setFieldOffice(row.fieldOffice());
        if (row.employmentStatus() != null) {
            a.setEmploymentStatus(row.employmentStatus());
        }
        a.setHireDate(row.hireDate());
        a.setExtraAttributes(row.extraAttributes());
        a.setAnalysis(row.verdict(), row.leMonths(), row.risk());
        a.setCurrentVersion(versionNo);
    }

    /** The applicant's current version; {@code inChunk} when it was written earlier in this chunk. */
    private record Current(long id, int versionNo, String sha256, Applicant inChunk) {
    }

    private static Map<String, Current> current(StatelessSession s, List<IncomingCase> rows) {
        List<String> ids = rows.stream().map(IncomingCase::applicantId).distinct().toList();
        Map<String, Current> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Object[]> found = s.createSelectionQuery(
                    "select a.applicantId, a.id, a.currentVersion, v.sha256 from Applicant a, ResumeVersion v "
                            + "where v.applicant = a and v.versionNo = a.currentVersion and a.applicantId in :ids",
                    Object[].class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList();
            for (Object[] r : found) {
                out.put((String) r[0], new Current((Long) r[1], (Integer) r[2], (String) r[3], null));
            }
        }
        return out;
    }
}
