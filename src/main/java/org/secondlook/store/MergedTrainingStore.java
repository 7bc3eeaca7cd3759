package org.secondlook.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Headquarters' copies of the offices' training records (table {@code merged_training}, one row per applicant
 * and office) and the training conflicts between offices, written inside a package merge's transaction.
 */
public final class MergedTrainingStore {
    /**
     * One office's training record as headquarters keeps it; {@code setAside} when a supervisor resolved a
     * training conflict by keeping another office's record.
     */
    public record Kept(String applicantId, String office, String decisionRef, String action, String state, int attempt,
                       String classNumber, String verifiedBy, int moves, String movesSha256, boolean setAside) {
    }

    /** An open training conflict. */
    public record OpenConflict(long id, String applicantId, String office, String otherOffice, String state,
                               String otherState, Instant createdAt) {
    }

    private final Session s;

    public MergedTrainingStore(MergeWriter w) {
        this(w.session());
    }

    MergedTrainingStore(Session s) {
        this.s = s;
    }

    /** Every office's record of this applicant, by office. */
    public List<Kept> of(String applicantId) {
        return SqlRows.list(s, KEPT + " where applicant_id = ? order by office", Integer.MAX_VALUE,
                MergedTrainingStore::kept, applicantId);
    }

    /** Adds the office's record, or replaces the one kept from that office (no longer set aside). */
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

    /** One open training conflict, locked for this transaction, or empty. */
    public java.util.Optional<OpenConflict> openForUpdate(long id) {
        return SqlRows.list(s, CONFLICT + " where id = ? and resolved_at is null for update", 1,
                MergedTrainingStore::conflict, id).stream().findFirst();
    }

    /**
     * Resolves a training conflict by keeping {@code keptOffice}'s record: the conflict is closed with who chose
     * and why, and the other office's record is set aside.
     */
    public void resolve(OpenConflict c, String keptOffice, String by, String reason, Instant at) {
        String other = keptOffice.equals(c.office()) ? c.otherOffice() : c.office();
        s.createNativeMutationQuery("update training_conflict set resolved_at = :at, resolved_by = :by, kept_office = :k,"
                        + " resolution = :r where id = :id").setParameter("at", Timestamp.from(at)).setParameter("by", by)
                .setParameter("k", keptOffice).setParameter("r", reason).setParameter("id", c.id()).executeUpdate();
        s.createNativeMutationQuery("update merged_training set set_aside = (office = :other) where applicant_id = :id"
                        + " and office in (:k, :other)").setParameter("other", other).setParameter("id", c.applicantId())
                .setParameter("k", keptOffice).executeUpdate();
    }

    /** The open training conflicts, oldest first. */
    public static List<OpenConflict> open(Database db) {
        return db.fromTransaction(s -> SqlRows.list(s, CONFLICT + " where resolved_at is null order by id",
                Integer.MAX_VALUE, MergedTrainingStore::conflict));
    }

    private static final String CONFLICT = "select id, applicant_id, office, other_office, state, other_state, created_at"
            + " from training_conflict";

    private static OpenConflict conflict(java.sql.ResultSet r) throws java.sql.SQLException {
        return new OpenConflict(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), SqlRows.instant(r, 7));
    }

    /** Every training record headquarters keeps from the offices, by applicant and office. */
    public static List<Kept> all(Database db) {
        return db.fromTransaction(s -> SqlRows.list(s, KEPT + " order by applicant_id, office", Integer.MAX_VALUE,
                MergedTrainingStore::kept));
    }

    private static final String KEPT = "select applicant_id, office, decision_ref, action, state, attempt,"
            + " class_number, verified_by, moves, moves_sha256, set_aside from merged_training";

    private static Kept kept(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Kept(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                r.getString(7), r.getString(8), r.getInt(9), r.getString(10), r.getBoolean(11));
    }
}
