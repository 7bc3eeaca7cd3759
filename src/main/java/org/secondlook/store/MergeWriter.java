package org.secondlook.store;

import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.ResumeVersion;

/**
 * The store side of headquarters' merge: everything runs in one transaction ({@link #inOneTransaction}),
 * so a package is merged whole or not at all. The merge rules live in {@code review}; this class only
 * finds and writes rows, including the bookkeeping tables of migration V7.
 */
public final class MergeWriter {
    private final Session s;

    private MergeWriter(Session s) {
        this.s = s;
    }

    /** Runs {@code work} in one transaction; an exception from it rolls everything back. */
    public static void inOneTransaction(Database db, Consumer<MergeWriter> work) {
        db.inTransaction(s -> work.accept(new MergeWriter(s)));
    }

    public Optional<Applicant> applicant(String applicantId) {
        return s.createSelectionQuery("from Applicant a where a.applicantId = :id", Applicant.class)
                .setParameter("id", applicantId).uniqueResultOptional();
    }

    public List<ResumeVersion> versions(Applicant a) {
        return s.createSelectionQuery("from ResumeVersion v where v.applicant = :a order by v.versionNo",
                ResumeVersion.class).setParameter("a", a).getResultList();
    }

    /** The case's active decision, if any. */
    public Optional<Decision> activeDecision(Applicant a) {
        return s.createSelectionQuery("from Decision d where d.applicant = :a and d.active = true order by d.id desc",
                Decision.class).setParameter("a", a).setMaxResults(1).uniqueResultOptional();
    }

    /** Persists entities (applicant, versions, flags, findings, decisions, sign-offs) in order. */
    public void persist(Object entity) {
        s.persist(entity);
        if (entity instanceof org.secondlook.domain.ResumeVersion v) { // waits for the word index, like an import's
            s.createNativeMutationQuery("insert into search_pending (version_id) values (:id)")
                    .setParameter("id", v.getId()).executeUpdate();
        }
    }

    public void flush() {
        s.flush();
    }

    /** Whether a decision reference was merged before (whether it was stored or went to conflicts). */
    public boolean decisionMerged(String ref) {
        return s.createNativeQuery("SELECT COUNT(*) FROM merged_decision WHERE origin_ref = :r", Long.class)
                .setParameter("r", ref).getSingleResult() > 0;
    }

    /** The local decision a merged reference became, if it was stored. */
    public Optional<Decision> mergedDecision(String ref) {
        List<Long> ids = s.createNativeQuery("SELECT decision_id FROM merged_decision WHERE origin_ref = :r"
                + " AND decision_id IS NOT NULL", Long.class).setParameter("r", ref).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(s.find(Decision.class, ids.get(0)));
    }

    /** The reference a local decision was merged from, if any. */
    public Optional<String> originOf(Decision d) {
        return s.createNativeQuery("SELECT origin_ref FROM merged_decision WHERE decision_id = :id", String.class)
                .setParameter("id", d.getId()).getResultStream().findFirst();
    }

    public void markDecisionMerged(String ref, Long decisionId) {
        s.flush();
        s.createNativeMutationQuery("INSERT INTO merged_decision (origin_ref, decision_id) VALUES (:r, :d)")
                .setParameter("r", ref).setParameter("d", decisionId).executeUpdate();
    }

    public boolean signOffMerged(String key) {
        return s.createNativeQuery("SELECT COUNT(*) FROM merged_sign_off WHERE origin_key = :k", Long.class)
                .setParameter("k", key).getSingleResult() > 0;
    }

    public void markSignOffMerged(String key, long signOffId) {
        s.flush();
        s.createNativeMutationQuery("INSERT INTO merged_sign_off (origin_key, sign_off_id) VALUES (:k, :id)")
                .setParameter("k", key).setParameter("id", signOffId).executeUpdate();
    }

    /** Stores one office audit event unless it is there already; true when it was added. */
    public boolean officeEvent(String office, long seq, Instant at, String actor, String type, String subject,
                               String details, String prevHash, String hash) {
        long n = s.createNativeQuery("SELECT COUNT(*) FROM office_audit_event WHERE office = :o AND seq = :s", Long.class)
                .setParameter("o", office).setParameter("s", seq).getSingleResult();
        if (n > 0) {
            return false;
        }
        s.createNativeMutationQuery("INSERT INTO office_audit_event (office, seq, occurred_at, actor, event_type,"
                        + " subject, details, prev_hash, hash) VALUES (:o, :s, :t, :a, :y, :j, :d, :p, :h)")
                .setParameter("o", office).setParameter("s", seq).setParameter("t", at).setParameter("a", actor)
                .setParameter("y", type).setParameter("j", subject).setParameter("d", details)
                .setParameter("p", prevHash).setParameter("h", hash).executeUpdate();
        return true;
    }

    /** Puts a decision from a package into the conflicts queue. */
    public void conflict(String applicantId, String office, String ref, String track, String reasonCode, String note,
                         String decidedBy, Instant decidedAt, Long currentDecisionId, Instant now) {
        long id = s.createNativeQuery("SELECT NEXT VALUE FOR merge_conflict_seq", Long.class).getSingleResult();
        s.createNativeMutationQuery("INSERT INTO merge_conflict (id, applicant_id, office, origin_ref, track,"
                        + " reason_code, note, decided_by, decided_at, current_decision_id, created_at)"
                        + " VALUES (:id, :a, :o, :r, :t, :rc, :n, :b, :at, :cur, :now)")
                .setParameter("id", id).setParameter("a", applicantId).setParameter("o", office).setParameter("r", ref)
                .setParameter("t", track).setParameter("rc", reasonCode).setParameter("n", note)
                .setParameter("b", decidedBy).setParameter("at", decidedAt).setParameter("cur", currentDecisionId)
                .setParameter("now", now).executeUpdate();
    }

    /** One open conflict: the incoming decision (track as its enum name) and the current one it disagrees with. */
    public record OpenConflict(long id, String applicantId, String office, String originRef, String track,
                               String reasonCode, String note, String decidedBy, Instant decidedAt,
                               Long currentDecisionId, Instant createdAt) {
        static OpenConflict of(Tuple t) {
            Number current = t.get(9, Number.class);
            return new OpenConflict(t.get(0, Number.class).longValue(), t.get(1, String.class), t.get(2, String.class),
                    t.get(3, String.class), t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
                    t.get(7, String.class), instant(t.get(8)), current == null ? null : current.longValue(),
                    instant(t.get(10)));
        }

        private static Instant instant(Object o) {
            if (o == null) {
                return null;
            }
            if (o instanceof Instant i) {
                return i;
            }
            if (o instanceof java.time.OffsetDateTime t) {
                return t.toInstant();
            }
            if (o instanceof java.sql.Timestamp t) {
                return t.toInstant();
            }
            throw new IllegalStateException("Unexpected time value " + o.getClass());
        }
    }

    private static final String CONFLICT_COLUMNS = "SELECT id, applicant_id, office, origin_ref, track, reason_code,"
            + " note, decided_by, decided_at, current_decision_id, created_at FROM merge_conflict";

    /** Open conflicts, oldest first. */
    public static List<OpenConflict> openConflicts(Database db) {
        return db.fromTransaction(s -> s.createNativeQuery(CONFLICT_COLUMNS + " WHERE resolved_at IS NULL ORDER BY id",
                Tuple.class).getResultList().stream().map(OpenConflict::of).toList());
    }

    /** One open conflict, in this transaction, or empty. */
    public Optional<OpenConflict> openConflict(long id) {
        return s.createNativeQuery(CONFLICT_COLUMNS + " WHERE id = :id AND resolved_at IS NULL", Tuple.class)
                .setParameter("id", id).getResultStream().findFirst().map(OpenConflict::of);
    }

    public void resolveConflict(long id, Instant at, String by, String resolution) {
        s.createNativeMutationQuery("UPDATE merge_conflict SET resolved_at = :at, resolved_by = :by,"
                        + " resolution = :r WHERE id = :id").setParameter("at", at).setParameter("by", by)
                .setParameter("r", resolution).setParameter("id", id).executeUpdate();
    }

    /** Points a merged reference at the local decision it finally became. */
    public void relinkMergedDecision(String ref, long decisionId) {
        s.flush();
        s.createNativeMutationQuery("UPDATE merged_decision SET decision_id = :d WHERE origin_ref = :r")
                .setParameter("d", decisionId).setParameter("r", ref).executeUpdate();
    }

    public Decision decision(long id) {
        return s.find(Decision.class, id);
    }

    public void auditAbout(Instant at, String actor, String type, String subject, String details) {
        AuditChain.append(s, at, actor, type, subject, details);
    }

    public void setting(String key, String value) {
        SettingsStore.put(s, key, value);
    }

    public void audit(Instant at, String actor, String type, String details) {
        AuditChain.append(s, at, actor, type, null, details);
    }
}
