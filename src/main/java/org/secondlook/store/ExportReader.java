package org.secondlook.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.query.SelectionQuery;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;

/**
 * Streams what an export needs, straight from the database: one stateless session per stream
 * (no first-level cache, so memory stays flat however many rows), closed with the stream. Each row is a
 * record that Hibernate builds from the select list.
 */
public final class ExportReader {
    /** One case on the decisions sheet; the decision columns are null when the case has no active decision. */
    public record DecisionLine(String applicantId, String fullName, String fieldOffice, String classifierLabel,
                               String verdict, Integer leMonths, Track track, String reasonCode, String note,
                               String decidedBy, Instant decidedAt, String signedBy, Instant signedAt, ReviewState state) {
    }

    /** One analyzer finding on a current résumé version, with the text of its span. */
    public record FindingLine(String applicantId, String category, Integer start, Integer end, String text,
                              String explanation) {
    }

    /** One piece of the screening tool's evidence on a current résumé version, with the matched term. */
    public record EvidenceLine(String applicantId, Integer start, Integer end, String text, String term) {
    }

    /** One audit event about a case in scope. */
    public record AuditLine(Long seq, Instant occurredAt, String actor, String type, String subject, String details,
                            String hash) {
    }

    /** Which cases: states (codes), office, and a time from which a case counts as changed. Null/empty = any. */
    public record Scope(Set<String> stateCodes, String office, Instant changedSince) {
        public Scope {
            stateCodes = stateCodes == null ? Set.of() : Set.copyOf(stateCodes);
        }
    }

    private static final int FETCH = 500;
    private final Database database;

    public ExportReader(Database database) {
        this.database = database;
    }

    /** How many cases are in scope. */
    public long countCases(Scope scope) {
        return database.fromTransaction(s -> {
            Map<String, Object> p = new HashMap<>();
            SelectionQuery<Long> q = s.createSelectionQuery("select count(a) from Applicant a" + where(scope, p), Long.class);
            p.forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    /**
     * One row per case: applicantId, fullName, fieldOffice, classifierLabel, verdict, leMonths, track,
     * reasonCode, note, decidedBy, decidedAt, signedBy, signedAt, state — the decision columns from the
     * case's active decision and its approval, null when there is none. Ordered by applicant id.
     */
    public Stream<DecisionLine> decisions(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        String hql = "select a.applicantId, a.fullName, a.fieldOffice, a.classifierLabel, a.verdict, a.leMonths,"
                + " d.track, d.reasonCode, d.note, d.decidedBy, d.decidedAt, so.signedBy, so.signedAt, a.state"
                + " from Applicant a"
                + " left join Decision d on d.applicant = a and d.active = true"
                + " left join SignOff so on so.decision = d and so.outcome = :approved"
                + where(scope, p) + " order by a.applicantId";
        p.put("approved", SignOff.Outcome.APPROVED);
        return stream(hql, p, DecisionLine.class);
    }

    /**
     * The analyzer's findings on the current résumé versions of the cases in scope: applicantId,
     * category, start, end, the text of the span, explanation.
     */
    public Stream<FindingLine> findings(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        String hql = "select a.applicantId, f.category, f.start, f.end,"
                + " substring(cast(v.text as String), f.start + 1, f.end - f.start), f.explanation"
                + " from Finding f join f.resumeVersion v join v.applicant a"
                + and(where(scope, p), "v.versionNo = a.currentVersion") + " order by a.applicantId, f.start, f.end";
        return stream(hql, p, FindingLine.class);
    }

    /**
     * The screening tool's evidence on the current résumé versions: applicantId, start, end, the text of the
     * span, the matched term.
     */
    public Stream<EvidenceLine> toolEvidence(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        String hql = "select a.applicantId, e.start, e.end,"
                + " substring(cast(v.text as String), e.start + 1, e.end - e.start), e.term"
                + " from ScreeningFlag fl join fl.evidence e join fl.resumeVersion v join v.applicant a"
                + and(where(scope, p), "v.versionNo = a.currentVersion") + " order by a.applicantId, e.start, e.end";
        return stream(hql, p, EvidenceLine.class);
    }

    /**
     * The audit events about the cases in scope, by sequence number; with no filter at all (every
     * case), the whole audit trail: imports, accounts, exports and logins too, every event of the chain.
     */
    public Stream<AuditLine> auditEvents(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        String where = where(scope, p);
        String columns = "select e.seq, e.occurredAt, e.actor, e.type, e.subject, e.details, e.hash";
        if (where.isEmpty()) {
            return stream(columns + " from AuditEvent e order by e.seq", p, AuditLine.class);
        }
        // A join on the unique applicant id: H2 plans it far better than "subject in (select …)".
        return stream(columns + " from AuditEvent e join Applicant a on a.applicantId = e.subject" + where
                + " order by e.seq", p, AuditLine.class);
    }

    /** A training record in force, as the workbook's Training sheet shows it (codes as stored). */
    public record TrainingLine(String applicantId, String office, RemediationAction action, RemediationState state,
                               Integer attempt, String classNumber, java.time.LocalDate reportDate,
                               java.time.LocalDate classStart, java.time.LocalDate classEnd, String evidenceBy,
                               String verifiedBy, Instant verifiedAt, WaiverReason waiverReason, Instant createdAt,
                               Instant stateSince) {
    }

    /** The training records in force (not voided) of the cases in scope, by applicant id. */
    public Stream<TrainingLine> training(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("voided", RemediationState.VOIDED);
        String hql = "select r.applicantId, r.office, r.action, r.state, r.attempt, r.classNumber, r.reportDate,"
                + " r.classStart, r.classEnd, r.evidenceBy, r.verifiedBy, r.verifiedAt, r.waiverReason, r.createdAt,"
                + " r.stateSince from RemediationRecord r join Applicant a on a.id = r.applicantRef"
                + and(where(scope, p), "r.state <> :voided") + " order by r.applicantId";
        return stream(hql, p, TrainingLine.class);
    }

    private <R> Stream<R> stream(String hql, Map<String, Object> params, Class<R> rowType) {
        StatelessSession s = database.sessionFactory().openStatelessSession();
        try {
            Transaction tx = s.beginTransaction();
            SelectionQuery<R> q = s.createSelectionQuery(hql, rowType);
            params.forEach(q::setParameter);
            q.setFetchSize(FETCH);
            q.setReadOnly(true);
            return q.getResultStream().onClose(() -> {
                try {
                    if (tx.isActive()) {
                        tx.commit();
                    }
                } finally {
                    s.close();
                }
            });
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static String where(Scope scope, Map<String, Object> p) {
        List<String> c = new ArrayList<>();
        if (!scope.stateCodes().isEmpty()) {
            p.put("states", scope.stateCodes().stream().map(ReviewState::fromCode).toList());
            c.add("a.state in :states");
        }
        if (scope.office() != null && !scope.office().isBlank()) {
            p.put("office", scope.office());
            c.add("a.fieldOffice = :office");
        }
        if (scope.changedSince() != null) {
            p.put("since", scope.changedSince());
            c.add("a.updatedAt >= :since");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static String and(String where, String condition) {
        return where.isEmpty() ? " where " + condition : where + " and " + condition;
    }
}
