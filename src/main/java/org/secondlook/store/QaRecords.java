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
        Object[] row = (Object[]) s.createNativeQuery(
                        "SELECT share, start_value, others FROM qa_sampling WHERE id = 1 FOR UPDATE", Object[].class)
                .getSingleResult();
        return new Sampling(decimal(row[0]), decimal(row[1]), ((Number) row[2]).longValue());
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
            for (Object[] r : s.createNativeQuery("SELECT state, COUNT(*) FROM qa_review GROUP BY state", Object[].class)
                    .getResultList()) {
                out.put(QaState.valueOf((String) r[0]), ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    /** Every answered review (agreed, disagreed or settled), oldest first. */
    public static List<Answered> answered(Database db) {
        return db.fromTransaction(s -> s.createNativeQuery("SELECT d.decided_by, d.track, d.reason_code, q.second_by,"
                        + " q.second_track FROM qa_review q JOIN decision d ON q.decision_id = d.id"
                        + " WHERE q.second_track IS NOT NULL ORDER BY q.id", Object[].class)
                .getResultList().stream()
                .map(r -> new Answered((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList());
    }

    /** Reviews waiting for an answer or a settlement, oldest first (at most {@code limit}). */
    public static List<Waiting> waiting(Database db, int limit) {
        return db.fromTransaction(s -> s.createNativeQuery("SELECT a.applicant_id, q.state, q.queued_at, a.field_office,"
                        + " d.decided_by, q.second_by FROM qa_review q JOIN applicant a ON q.applicant_id = a.id"
                        + " JOIN decision d ON q.decision_id = d.id WHERE q.state IN ('PENDING', 'DISAGREED')"
                        + " ORDER BY q.queued_at, q.id", Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new Waiting((String) r[0], QaState.valueOf((String) r[1]), instant(r[2]), (String) r[3],
                        (String) r[4], (String) r[5]))
                .toList());
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + o);
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
