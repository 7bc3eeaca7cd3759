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
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.RemediationEvidence;
import org.secondlook.domain.RemediationMove;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.User;

/**
 * The store side of the remediation commands (create a record at sign-off, move, attach, verify, waive).
 * A command runs in one transaction ({@link #inTransaction}) that first locks the audit head, so two
 * writers of training records — other processes included — queue up, and each move is appended with
 * its audit event or not at all. The rules live in {@code review.remediation}.
 */
public final class RemediationWriter {
    private final Session s;
    /** The audit head, locked for this writer's transaction; null when joining another command's transaction. */
    private final AuditChain.Cursor head;
    /** A roster chunk's JDBC batch ({@link #inBatch}); null when the entities are written by Hibernate. */
    private final RosterBatch batch;

    private RemediationWriter(Session s, AuditChain.Cursor head) {
        this(s, head, null);
    }

    private RemediationWriter(Session s, AuditChain.Cursor head, RosterBatch batch) {
        this.s = s;
        this.head = head;
        this.batch = batch;
    }

    /**
     * Runs {@code work} in one transaction holding the audit head (its events are appended in memory and
     * inserted in batches when it ends); an exception rolls everything back.
     */
    public static <R> R inTransaction(Database db, Function<RemediationWriter, R> work) {
        return db.fromTransaction(s -> {
            RemediationWriter w = new RemediationWriter(s, AuditChain.lockHead(s));
            R result = work.apply(w);
            s.flush();
            AuditChain.saveHead(s, w.head);
            return result;
        });
    }

    /**
     * Like {@link #inTransaction}, for one chunk of a roster import: the records read here are read-only
     * to Hibernate, and the evidence, moves, audit events and records' new state go out as plain JDBC
     * batches when {@code work} ends, then the audit head is saved once.
     */
    public static <R> R inBatch(Database db, Function<RemediationWriter, R> work) {
        return db.fromTransaction(s -> {
            RosterBatch batch = new RosterBatch(s.doReturningWork(c -> c));
            RemediationWriter w = new RemediationWriter(s, AuditChain.lockHead(s), batch);
            R result = work.apply(w);
            s.flush();
            batch.write();
            AuditChain.saveHead(s, w.head);
            return result;
        });
    }

    /** Runs {@code work} in a transaction that only reads (no audit head held). */
    public static <R> R reading(Database db, Function<RemediationWriter, R> work) {
        return db.fromTransaction(s -> work.apply(new RemediationWriter(s, null)));
    }

    /** A writer inside a decision command's transaction (the sign-off that creates a record). */
    public static RemediationWriter joining(DecisionWriter w) {
        return new RemediationWriter(w.session(), null);
    }

    public Optional<User> user(String name) {
        return s.createSelectionQuery("from User u where u.name = :n", User.class).setParameter("n", name)
                .uniqueResultOptional();
    }

    public Optional<Applicant> applicant(String applicantId) {
        return s.createSelectionQuery("from Applicant a where a.applicantId = :id", Applicant.class)
                .setParameter("id", applicantId).uniqueResultOptional();
    }

    public Optional<Applicant> applicant(long ref) {
        return Optional.ofNullable(s.find(Applicant.class, ref));
    }

    public Decision decision(long id) {
        return s.find(Decision.class, id);
    }

    /** The applicant's record in force (not VOIDED), locked for this transaction. */
    public Optional<RemediationRecord> currentForUpdate(String applicantId) {
        return s.createSelectionQuery("from RemediationRecord r where r.applicantId = :id and r.state <> :voided"
                        + " order by r.id desc", RemediationRecord.class)
                .setParameter("id", applicantId).setParameter("voided", RemediationState.VOIDED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).uniqueResultOptional();
    }

    /** Every record the applicant has had, oldest first (voided ones included). */
    public List<RemediationRecord> history(String applicantId) {
        return s.createSelectionQuery("from RemediationRecord r where r.applicantId = :id order by r.id",
                RemediationRecord.class).setParameter("id", applicantId).getResultList();
    }

    public List<RemediationMove> moves(long recordId) {
        return s.createSelectionQuery("from RemediationMove m where m.recordId = :r order by m.auditSeq, m.id", RemediationMove.class)
                .setParameter("r", recordId).getResultList();
    }

    public List<RemediationEvidence> evidence(long recordId) {
        return s.createSelectionQuery("from RemediationEvidence e where e.recordId = :r order by e.attachedAt, e.id",
                RemediationEvidence.class).setParameter("r", recordId).getResultList();
    }

    public Optional<RemediationEvidence> evidenceById(long id) {
        return Optional.ofNullable(s.find(RemediationEvidence.class, id));
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(s.find(OfficeSetting.class, key)).map(OfficeSetting::getValue);
    }

    public void persist(Object entity) {
        s.persist(entity);
        s.flush();
    }

    /**
     * Appends one move of {@code r} (already moved in memory) with its audit event, in this transaction.
     * {@code from} is null for the record's creation.
     */
    public RemediationMove appendMove(RemediationRecord r, RemediationState from, String actor, Instant at,
                                      String detail) {
        String text = (from == null ? "created " + r.getAction() + " record in " + r.getState()
                : from + " -> " + r.getState()) + " (attempt " + r.getAttempt() + ")" + (detail.isEmpty() ? "" : "; " + detail);
        AuditEvent e = audit(at, actor, from == null ? "TRAINING_CREATE" : "TRAINING_MOVE", r.getApplicantId(), text);
        return move(r, new Step(from, r.getState(), r.getAttempt()), actor, e,
                clip(detail.isEmpty() ? text : detail, 2000));
    }

    /** One move a record made: from (null for its creation), to, and the attempt it is in afterwards. */
    public record Step(RemediationState from, RemediationState to, int attempt) {
    }

    /**
     * Appends several moves of {@code r} (already moved in memory, in this order) made at one instant on one piece
     * of evidence — a roster row — under one audit event of type {@code type} whose details name every move; each
     * move row carries {@code detail} and that event's seq, so the record's timeline still shows every move.
     */
    public void appendMoves(RemediationRecord r, List<Step> steps, String actor, Instant at, String type, String detail,
                            String auditDetails) {
        AuditEvent e = audit(at, actor, type, r.getApplicantId(), auditDetails);
        String d = clip(detail, 2000);
        for (Step step : steps) {
            move(r, step, actor, e, d);
        }
    }

    private RemediationMove move(RemediationRecord r, Step step, String actor, AuditEvent e, String detail) {
        if (batch != null) {
            batch.move(r, step.from(), step.to(), step.attempt(), actor, e.getOccurredAt(), detail, e.getSeq());
            return null;
        }
        RemediationMove m = new RemediationMove(r.getId(), step.from(), step.to(), step.attempt(), actor,
                e.getOccurredAt(), detail, e.getSeq());
        s.persist(m);
        return m;
    }

    /** Appends a move of {@code r} that another command's audit event ({@code auditSeq}) already records. */
    public RemediationMove appendMoveAudited(RemediationRecord r, RemediationState from, String actor, Instant at,
                                             String detail, long auditSeq) {
        RemediationMove m = new RemediationMove(r.getId(), from, r.getState(), r.getAttempt(), actor,
                at.truncatedTo(java.time.temporal.ChronoUnit.MICROS), clip(detail, 2000), auditSeq);
        s.persist(m);
        s.flush();
        return m;
    }

    /** Appends an audit event (a move, evidence attached, a waiver asked for) in this transaction. */
    public AuditEvent audit(Instant at, String actor, String type, String subject, String details) {
        if (head == null) {
            s.flush();
            return AuditChain.append(s, at, actor, type, subject, clip(details, 8000));
        }
        AuditEvent e = head.next(at, actor, type, subject, clip(details, 8000));
        if (batch != null) {
            batch.event(e);
            return e;
        }
        s.persist(e);
        return e;
    }

    /** Headquarters' copies of the offices' training records and their conflicts, in this transaction. */
    public MergedTrainingStore mergedTraining() {
        return new MergedTrainingStore(s);
    }

    /** Writes what is waiting and empties the session (between the chunks of a large import). */
    public void flushAndClear() {
        s.flush();
        s.clear();
    }

    /** Applicant row ids by applicant id, for those of {@code ids} that exist. */
    public java.util.Map<String, Long> applicantRefs(java.util.Collection<String> ids) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (ApplicantRef r : sliced(ids, slice -> s.createSelectionQuery("select new " + ApplicantRef.class.getName()
                + "(a.applicantId, a.id) from Applicant a where a.applicantId in :ids", ApplicantRef.class)
                .setParameter("ids", slice).getResultList())) {
            out.put(r.applicantId(), r.id());
        }
        return out;
    }

    /**
     * Ids per IN list: the database checks a row against an IN list of parameters one value after the other,
     * so a roster chunk's thousands of ids go as lists of this many (measured: the chunk's record lookup took a
     * quarter of a 100,000-row import with a single list).
     */
    static final int IN_SLICE = 100;

    /** Runs {@code query} over {@code ids} in slices of {@link #IN_SLICE}, the results together. */
    static <I, T> List<T> sliced(java.util.Collection<I> ids, Function<List<I>, List<T>> query) {
        List<I> all = List.copyOf(ids);
        List<T> out = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_SLICE) {
            out.addAll(query.apply(all.subList(from, Math.min(all.size(), from + IN_SLICE))));
        }
        return out;
    }

    /** An applicant's id and its row id. */
    public record ApplicantRef(String applicantId, Long id) {
    }

    /** An applicant's id and its extra attributes (JSON), for matching a roster row by name and birth date. */
    public record NamedApplicant(String applicantId, String extraAttributes) {
    }

    /** Roster evidence already kept for a record: its class number and result. */
    public record RosterEvidence(long recordId, String classNumber, String result) {
    }

    /** Applicants with this exact full name. */
    public List<NamedApplicant> applicantsNamed(String fullName) {
        return s.createSelectionQuery("select new " + NamedApplicant.class.getName()
                + "(a.applicantId, a.extraAttributes) from Applicant a where a.fullName = :n", NamedApplicant.class)
                .setParameter("n", fullName).getResultList();
    }

    /**
     * The records in force (not VOIDED) of these applicants, an applicant's newest last. In a roster chunk they are
     * read with plain JDBC ({@link RosterRecords}) and written back by its batch; elsewhere they are entities.
     */
    public List<RemediationRecord> currentRecords(java.util.Collection<String> applicantIds) {
        if (batch != null) {
            return s.doReturningWork(c -> RosterRecords.current(c, applicantIds));
        }
        return sliced(applicantIds, slice -> s.createSelectionQuery("from RemediationRecord r where r.applicantId in :ids"
                + " and r.state <> :voided order by r.applicantId, r.id", RemediationRecord.class).setParameter("ids", slice)
                .setParameter("voided", RemediationState.VOIDED).getResultList());
    }

    /** Adds a roster row's evidence for {@code r} to this chunk's batch; returns its id. */
    public long addRosterEvidence(RemediationEvidence e, RemediationRecord r) {
        if (batch == null) {
            s.persist(e);
            return e.getId();
        }
        return batch.evidence(e, r);
    }

    /** The roster evidence already kept for these records. */
    public List<RosterEvidence> rosterEvidence(java.util.Collection<Long> recordIds) {
        return sliced(recordIds, slice -> s.createSelectionQuery("select new " + RosterEvidence.class.getName()
                        + "(e.recordId, e.classNumber, e.result) from RemediationEvidence e"
                        + " where e.recordId in :ids and e.kind = :roster", RosterEvidence.class)
                .setParameter("ids", slice).setParameter("roster", RemediationEvidence.Kind.ROSTER).getResultList());
    }

    /** Keeps a certificate's file beside its evidence row (the evidence must be persisted already). */
    public void storeCertificate(long evidenceId, byte[] content) {
        s.flush();
        s.createNativeMutationQuery("insert into remediation_certificate (evidence_id, content) values (:id, :c)")
                .setParameter("id", evidenceId).setParameter("c", content).executeUpdate();
    }

    public Optional<byte[]> certificate(long evidenceId) {
        List<byte[]> found = s.createNativeQuery("select content from remediation_certificate where evidence_id = :id",
                byte[].class).setParameter("id", evidenceId).getResultList();
        return found.stream().findFirst();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
