package org.secondlook.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Headquarters' copies of the offices' training records (table {@code merged_training}, one row per applicant
 * and office) and the training conflicts between offices, written inside a package merge's transaction.
 */
public final class MergedTrainingStore {
    /** One office's training record as headquarters keeps it. */
    public record Kept(String applicantId, String office, String decisionRef, String action, String state, int attempt,
                       String classNumber, String verifiedBy, int moves, String movesSha256) {
    }

    /** An open training conflict. */
    public record OpenConflict(long id, String applicantId, String office, String otherOffice, String state,
                               String otherState, Instant createdAt) {
    }

    private final Session s;

    public MergedTrainingStore(MergeWriter w) {
        this.s = w.session();
    }

    /** Every office's record of this applicant, by office. */
    public List<Kept> of(String applicantId) {
        List<Kept> out = new ArrayList<>();
        for (Object[] r : s.createNativeQuery("select applicant_id, office, decision_ref, action, state, attempt,"
                + " class_number, verified_by, moves, moves_sha256 from merged_training where applicant_id = :id"
                + " order by office", Object[].class).setParameter("id", applicantId).getResultList()) {
            out.add(new Kept((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), (String) r[6], (String) r[7], ((Number) r[8]).intValue(), (String) r[9]));
        }
        return out;
    }

    /** Adds the office's record, or replaces the one kept from that office. */
    public void put(Kept k, Instant at) {
        s.createNativeMutationQuery("delete from merged_training where applicant_id = :id and office = :o")
                .setParameter("id", k.applicantId()).setParameter("o", k.office()).executeUpdate();
        s.createNativeMutationQuery("insert into merged_training (applicant_id, office, decision_ref, action, state,"
                        + " attempt, class_number, verified_by, moves, moves_sha256, merged_at) values (:id, :o, :ref, :a,"
                        + " :st, :att, :cls, :vb, :m, :sha, :at)")
                .setParameter("id", k.applicantId()).setParameter("o", k.office()).setParameter("ref", k.decisionRef())
                .setParameter("a", k.action()).setParameter("st", k.state()).setParameter("att", k.attempt())
                .setParameter("cls", k.classNumber()).setParameter("vb", k.verifiedBy()).setParameter("m", k.moves())
                .setParameter("sha", k.movesSha256()).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /** Whether this exact disagreement (the incoming record's moves against the other office's) is already open. */
    public boolean conflictOpen(String applicantId, String office, String movesSha256) {
        return ((Number) s.createNativeQuery("select cast(count(*) as bigint) from training_conflict where applicant_id"
                        + " = :id and office = :o and moves_sha256 = :sha and resolved_at is null", Long.class)
                .setParameter("id", applicantId).setParameter("o", office).setParameter("sha", movesSha256)
                .getSingleResult()).longValue() > 0;
    }

    public void conflict(String applicantId, String office, String otherOffice, String state, String otherState,
                         String movesSha256, Instant at) {
        long id = s.createNativeQuery("select cast(coalesce(max(id), 0) + 1 as bigint) from training_conflict", Long.class)
                .getSingleResult();
        s.createNativeMutationQuery("insert into training_conflict (id, applicant_id, office, other_office, state,"
                        + " other_state, moves_sha256, created_at) values (:i, :id, :o, :oo, :st, :ost, :sha, :at)")
                .setParameter("i", id).setParameter("id", applicantId).setParameter("o", office)
                .setParameter("oo", otherOffice).setParameter("st", state).setParameter("ost", otherState)
                .setParameter("sha", movesSha256).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /** The open training conflicts, oldest first. */
    public static List<OpenConflict> open(Database db) {
        return db.fromTransaction(s -> {
            List<OpenConflict> out = new ArrayList<>();
            for (Object[] r : s.createNativeQuery("select id, applicant_id, office, other_office, state, other_state,"
                    + " created_at from training_conflict where resolved_at is null order by id", Object[].class)
                    .getResultList()) {
                out.add(new OpenConflict(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], instant(r[6])));
            }
            return out;
        });
    }

    /** Every training record headquarters keeps from the offices, by applicant and office. */
    public static List<Kept> all(Database db) {
        return db.fromTransaction(s -> {
            List<Kept> out = new ArrayList<>();
            for (Object[] r : s.createNativeQuery("select applicant_id, office, decision_ref, action, state, attempt,"
                    + " class_number, verified_by, moves, moves_sha256 from merged_training order by applicant_id,"
                    + " office", Object[].class).getResultList()) {
                out.add(new Kept((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        ((Number) r[5]).intValue(), (String) r[6], (String) r[7], ((Number) r[8]).intValue(),
                        (String) r[9]));
            }
            return out;
        });
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return o instanceof Timestamp t ? t.toInstant() : null;
    }
}
