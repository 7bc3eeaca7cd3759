package org.secondlook.store;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Decision;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.User;

/**
 * The store side of the decide, refer, undo and sign-off commands. Everything a command does runs
 * in one transaction ({@link #inTransaction}): its change and its audit event are committed
 * together or not at all. The rules (roles, separation of duties) live in {@code review}.
 */
public final class DecisionWriter {
    private final Session s;

    private DecisionWriter(Session s) {
        this.s = s;
    }

    /** The session of this transaction, for other writers in {@code store} that join it (QA sampling, the remediation record at sign-off). */
    Session session() {
        return s;
    }

    /** Runs {@code work} in one transaction; an exception from it rolls everything back. */
    public static <R> R inTransaction(Database db, Function<DecisionWriter, R> work) {
        return db.fromTransaction(s -> work.apply(new DecisionWriter(s)));
    }

    /** The case, its row locked until the transaction ends (so two writers queue up). */
    public Optional<Applicant> applicantForUpdate(String applicantId) {
        return s.createSelectionQuery("from Applicant a where a.applicantId = :id", Applicant.class)
                .setParameter("id", applicantId).setLockMode(LockModeType.PESSIMISTIC_WRITE).uniqueResultOptional();
    }

    /** The case without locking it (reading). */
    public Optional<Applicant> applicant(String applicantId) {
        return s.createSelectionQuery("from Applicant a where a.applicantId = :id", Applicant.class)
                .setParameter("id", applicantId).uniqueResultOptional();
    }

    public Optional<User> user(String name) {
        return s.createSelectionQuery("from User u where u.name = :n", User.class).setParameter("n", name)
                .uniqueResultOptional();
    }

    /** The case's active decision, if any. */
    public Optional<Decision> activeDecision(Applicant a) {
        return s.createSelectionQuery("from Decision d where d.applicant = :a and d.active = true order by d.id desc",
                Decision.class).setParameter("a", a).setMaxResults(1).uniqueResultOptional();
    }

    /** The most recent decision {@code user} made on any case (active or not). */
    public Optional<Decision> lastDecisionBy(String user) {
        return s.createSelectionQuery("from Decision d join fetch d.applicant where d.decidedBy = :u order by d.id desc",
                Decision.class).setParameter("u", user).setMaxResults(1).uniqueResultOptional();
    }

    /** The latest sign-off (approval or return) of a decision, if any. */
    public Optional<SignOff> latestSignOff(Decision d) {
        return s.createSelectionQuery("from SignOff o where o.decision = :d order by o.id desc", SignOff.class)
                .setParameter("d", d).setMaxResults(1).uniqueResultOptional();
    }

    public Decision decision(long id) {
        return s.find(Decision.class, id);
    }

    /** A decided case waiting for sign-off with its active decision. */
    public record Awaiting(Applicant applicant, Decision decision) {
    }

    /** Decided cases waiting for sign-off with their active decision, oldest decision first. */
    public List<Awaiting> awaitingSignOff(int limit) {
        Instant bound = oldestDecidedBound(limit);
        if (bound != null) {
            List<Awaiting> rows = awaiting(limit, bound);
            if (rows.size() == limit) {
                return rows;
            }
        }
        return awaiting(limit, null);
    }

    /**
     * The decision time of the {@code limit}-th oldest decided case (a case's decision time is its active
     * decision's), or null when fewer are waiting. The first {@code limit} all decided at or before it, so the
     * join reads those few cases, found in the (state, decided_at) index, instead of every case waiting:
     * thousands at headquarters, where each supervisor asks again after every sign-off (issue 17).
     */
    private Instant oldestDecidedBound(int limit) {
        List<Instant> times = s.createSelectionQuery("select a.decidedAt from Applicant a where a.state = :decided"
                        + " and a.decidedAt is not null order by a.decidedAt", Instant.class)
                .setParameter("decided", ReviewState.DECIDED).setMaxResults(limit).getResultList();
        return times.size() < limit ? null : times.get(times.size() - 1);
    }

    /** The oldest {@code limit} decided cases with their active decision, among those decided by {@code bound} (null: all). */
    private List<Awaiting> awaiting(int limit, Instant bound) {
        var q = s.createSelectionQuery("select a, d from Applicant a join Decision d on d.applicant = a and d.active = true"
                        + " where a.state = :decided" + (bound == null ? "" : " and a.decidedAt <= :bound")
                        + " order by d.decidedAt, d.id", Awaiting.class)
                .setParameter("decided", ReviewState.DECIDED).setMaxResults(limit);
        if (bound != null) {
            q.setParameter("bound", bound);
        }
        return q.getResultList();
    }

    public void persist(Object entity) {
        s.persist(entity);
    }

    public void flush() {
        s.flush();
    }

    /** Appends an audit event about {@code subject} (an applicant id, or null) in this transaction. */
    public AuditEvent audit(Instant at, String actor, String type, String subject, String details) {
        s.flush();
        return AuditChain.append(s, at, actor, type, subject, details);
    }

    /** The latest audit event about a subject (to describe someone else's change). */
    public Optional<AuditEvent> lastEventAbout(String subject) {
        return s.createSelectionQuery("from AuditEvent e where e.subject = :s order by e.seq desc", AuditEvent.class)
                .setParameter("s", subject).setMaxResults(1).uniqueResultOptional();
    }
}
