package org.secondlook.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.QaReview;
import org.secondlook.domain.QaState;

/**
 * The store side of QA second reviews: the sampling row and the reviews, inside a command's transaction
 * ({@link #within}), and the read side (counts, answered pairs, the waiting list) in their own.
 */
public final class QaRecords {
    /** The systematic sample's state: share s and start r (null until first drawn), approvals counted k. */
    public record Sampling(BigDecimal share, BigDecimal start, long others) {
    }

    /** One answered review: who decided what first, and the second answer (tracks by name). */
    public record Answered(String firstBy, String firstTrack, String firstReason, String secondBy, String secondTrack) {
    }

    /** A review waiting for a second reviewer (PENDING) or for a supervisor (DISAGREED). */
    public record Waiting(String applicantId, QaState state, Instant queuedAt, String office, String firstBy,
                          String secondBy) {
    }

    /** A disagreement waiting for a supervisor: the case, the first decision and the second answer (tracks by name). */
    public record Disagreement(String applicantId, String fullName, String office, String firstBy, String firstTrack,
                               String firstReason, String firstNote, Instant decidedAt, String secondBy,
                               String secondTrack, String secondReason, Instant answeredAt) {
    }

    private final Session s;

    private QaRecords(Session s) {
        this.s = s;
    }

    /** The QA records inside the transaction of {@code w}: what they write commits or rolls back with it. */
    public static QaRecords within(DecisionWriter w) {
        return new QaRecords(w.session());
    }

    /** The sampling row, locked until the transaction ends (two approvals never count the same k). */
    public Sampling lockSampling() {
        return SqlRows.list(s, "SELECT share, start_value, others FROM qa_sampling WHERE id = 1 FOR UPDATE", 1,
                r -> new Sampling(r.getBigDecimal(1), r.getBigDecimal(2), r.getLong(3))).get(0);
    }

    public void saveSampling(Sampling sampling) {
        s.createNativeMutationQuery("UPDATE qa_sampling SET share = :s, start_value = :r, others = :k WHERE id = 1")
                .setParameter("s", sampling.share()).setParameter("r", sampling.start())
                .setParameter("k", sampling.others()).executeUpdate();
    }

    /** An office setting, read in this transaction. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(s.find(OfficeSetting.class, key)).map(OfficeSetting::getValue);
    }

    /** The case's review that still waits (for an answer or a settlement), if any. */
    public Optional<QaReview> open(Applicant a) {
        return s.createSelectionQuery("from QaReview q join fetch q.decision where q.applicant = :a and q.state in (:states)"
                        + " order by q.id desc", QaReview.class)
                .setParameter("a", a).setParameter("states", List.of(QaState.PENDING, QaState.DISAGREED))
                .setMaxResults(1).uniqueResultOptional();
    }

    public void persist(QaReview review) {
        s.persist(review);
    }

    /** How many reviews are in each state (every state present, zero where none). */
    public static Map<QaState, Long> countsByState(Database db) {
        return db.fromTransaction(s -> {
            Map<QaState, Long> out = new LinkedHashMap<>();
            for (QaState st : QaState.values()) {
                out.put(st, 0L);
            }
            SqlRows.list(s, "SELECT state, COUNT(*) FROM qa_review GROUP BY state", Integer.MAX_VALUE,
                    r -> out.put(QaState.valueOf(r.getString(1)), r.getLong(2)));
            return out;
        });
    }

    /** Every answered review (agreed, disagreed or settled), oldest first. */
    public static List<Answered> answered(Database db) {
        return db.fromTransaction(s -> SqlRows.list(s, "SELECT d.decided_by, d.track, d.reason_code, q.second_by,"
                        + " q.second_track FROM qa_review q JOIN decision d ON q.decision_id = d.id"
                        + " WHERE q.second_track IS NOT NULL ORDER BY q.id", Integer.MAX_VALUE,
                r -> new Answered(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
    }

    /** Reviews waiting for an answer or a settlement, oldest first (at most {@code limit}). */
    public static List<Waiting> waiting(Database db, int limit) {
        return db.fromTransaction(s -> SqlRows.list(s, "SELECT a.applicant_id, q.state, q.queued_at, a.field_office,"
                        + " d.decided_by, q.second_by FROM qa_review q JOIN applicant a ON q.applicant_id = a.id"
                        + " JOIN decision d ON q.decision_id = d.id WHERE q.state IN ('PENDING', 'DISAGREED')"
                        + " ORDER BY q.queued_at, q.id", limit,
                r -> new Waiting(r.getString(1), QaState.valueOf(r.getString(2)), SqlRows.instant(r, 3), r.getString(4),
                        r.getString(5), r.getString(6))));
    }

    /**
     * The cases waiting for a second review of a decision {@code user} did not make: applicant id to the
     * row's id, the cases a reviewer other than the first decider could answer (and may not see decided).
     */
    public static Map<String, Long> pendingNotDecidedBy(Database db, String user) {
        return db.fromTransaction(s -> {
            Map<String, Long> out = new LinkedHashMap<>();
            SqlRows.list(s, "SELECT a.applicant_id, a.id FROM qa_review q JOIN applicant a ON q.applicant_id = a.id"
                            + " JOIN decision d ON q.decision_id = d.id WHERE q.state = 'PENDING' AND d.decided_by <> ?"
                            + " ORDER BY a.id", Integer.MAX_VALUE,
                    r -> out.put(r.getString(1), r.getLong(2)), user);
            return out;
        });
    }

    /** Whether case {@code applicantId} waits for a second review of a decision {@code user} did not make. */
    public static boolean pendingNotDecidedBy(Database db, String applicantId, String user) {
        return db.fromTransaction(s -> !SqlRows.list(s, "SELECT q.id FROM qa_review q JOIN applicant a"
                        + " ON q.applicant_id = a.id JOIN decision d ON q.decision_id = d.id WHERE a.applicant_id = ?"
                        + " AND q.state = 'PENDING' AND d.decided_by <> ?", 1, r -> r.getLong(1), applicantId, user)
                .isEmpty());
    }

    /** Disagreements waiting for a settlement, oldest answer first (at most {@code limit}). */
    public static List<Disagreement> disagreements(Database db, int limit) {
        return db.fromTransaction(s -> SqlRows.list(s, "SELECT a.applicant_id, a.full_name, a.field_office, d.decided_by,"
                        + " d.track, d.reason_code, d.note, d.decided_at, q.second_by, q.second_track, q.second_reason,"
                        + " q.answered_at FROM qa_review q JOIN applicant a ON q.applicant_id = a.id"
                        + " JOIN decision d ON q.decision_id = d.id WHERE q.state = 'DISAGREED'"
                        + " ORDER BY q.answered_at, q.id", limit,
                r -> new Disagreement(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), SqlRows.instant(r, 8), r.getString(9), r.getString(10),
                        r.getString(11), SqlRows.instant(r, 12))));
    }
}
