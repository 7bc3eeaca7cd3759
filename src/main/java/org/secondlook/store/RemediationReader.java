package org.secondlook.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.query.SelectionQuery;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;

/**
 * Reads remediation records for lists and figures: filtered lists and the counts behind
 * {@code training status}, each one query over the record table (no personal data involved).
 */
public final class RemediationReader {
    /** States a record waits in before its class starts: overdue once the report date has passed. */
    static final EnumSet<RemediationState> BEFORE_CLASS = EnumSet.of(RemediationState.IDENTIFIED,
            RemediationState.NOTIFIED, RemediationState.SCHEDULED);

    private final Database db;

    public RemediationReader(Database db) {
        this.db = db;
    }

    /**
     * The overdue rules as of one moment: a report date before {@code today} without IN_TRAINING, a class
     * that ended before {@code today} without a result, COMPLETED since before {@code completedBefore}.
     */
    public record Overdue(LocalDate today, Instant completedBefore) {
    }

    /** Filters of a list; null means any. */
    public record Filter(RemediationState state, String office, Overdue overdueOnly, String classNumber) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    /** Records matching {@code f}, by applicant id (at most {@code limit}); VOIDED ones only when asked for. */
    public List<RemediationRecord> list(Filter f, int limit) {
        return db.fromTransaction(s -> {
            StringBuilder q = new StringBuilder("from RemediationRecord r where ");
            q.append(f.state() != null ? "r.state = :state" : "r.state <> :voided");
            if (f.office() != null) {
                q.append(" and r.office = :office");
            }
            if (f.classNumber() != null) {
                q.append(" and r.classNumber = :cls");
            }
            if (f.overdueOnly() != null) {
                q.append(" and ").append(OVERDUE);
            }
            q.append(" order by r.applicantId");
            SelectionQuery<RemediationRecord> query = s.createSelectionQuery(q.toString(), RemediationRecord.class)
                    .setReadOnly(true).setMaxResults(limit);
            if (f.state() != null) {
                query.setParameter("state", f.state());
            } else {
                query.setParameter("voided", RemediationState.VOIDED);
            }
            if (f.office() != null) {
                query.setParameter("office", f.office());
            }
            if (f.classNumber() != null) {
                query.setParameter("cls", f.classNumber());
            }
            if (f.overdueOnly() != null) {
                overdueParameters(query, f.overdueOnly());
            }
            return query.getResultList();
        });
    }

    private static final String OVERDUE = "(r.action <> :none and ((r.state in :beforeClass and r.reportDate < :today)"
            + " or (r.state = :inTraining and r.classEnd < :today)"
            + " or (r.state = :completed and r.stateSince < :completedBefore)))";

    private static void overdueParameters(SelectionQuery<?> q, Overdue o) {
        q.setParameter("none", RemediationAction.NONE)
                .setParameter("beforeClass", BEFORE_CLASS)
                .setParameter("today", o.today())
                .setParameter("inTraining", RemediationState.IN_TRAINING)
                .setParameter("completed", RemediationState.COMPLETED)
                .setParameter("completedBefore", o.completedBefore());
    }

    /**
     * One group of the figures: how many records have this action, state and office, and how many of them
     * are overdue.
     */
    public record Count(RemediationAction action, RemediationState state, String office, long n, long overdue) {
    }

    /**
     * Every record counted by action, state and office, with the overdue ones under {@code o}: one grouped
     * query (one pass over the records' index), so the figures cost the same however the records stand.
     */
    public List<Count> counts(Overdue o) {
        return db.fromTransaction(s -> {
            SelectionQuery<Count> q = s.createSelectionQuery("select new " + Count.class.getName()
                    + "(r.action, r.state, r.office, count(r), coalesce(sum(case when " + OVERDUE + " then 1L else 0L end), 0L))"
                    + " from RemediationRecord r group by r.action, r.state, r.office", Count.class);
            overdueParameters(q, o);
            return q.getResultList();
        });
    }

    /** Every record (voided ones too) with its moves, oldest move first: what a package carries. */
    public record WithMoves(RemediationRecord record, List<org.secondlook.domain.RemediationMove> moves) {
    }

    /** Every record with its moves, by record id (two queries). */
    public List<WithMoves> everyRecordWithMoves() {
        return db.fromTransaction(s -> {
            java.util.Map<Long, List<org.secondlook.domain.RemediationMove>> moves = new java.util.HashMap<>();
            for (var m : s.createSelectionQuery("from RemediationMove m order by m.recordId, m.auditSeq, m.id",
                    org.secondlook.domain.RemediationMove.class).setReadOnly(true).getResultList()) {
                moves.computeIfAbsent(m.getRecordId(), k -> new ArrayList<>()).add(m);
            }
            List<WithMoves> out = new ArrayList<>();
            for (RemediationRecord r : s.createSelectionQuery("from RemediationRecord r order by r.id",
                    RemediationRecord.class).setReadOnly(true).getResultList()) {
                out.add(new WithMoves(r, moves.getOrDefault(r.getId(), List.of())));
            }
            return out;
        });
    }
}
