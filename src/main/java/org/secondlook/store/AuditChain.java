package org.secondlook.store;

import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.hibernate.Session;
import org.hibernate.SharedSessionContract;
import org.secondlook.domain.AuditEvent;

/**
 * Appends to the audit trail: {@code hash = SHA-256(prev_hash ‖ canonical event)}. A writer first
 * locks the single {@code audit_head} row ({@code SELECT … FOR UPDATE}) in the transaction of its
 * change, so concurrent writers — other processes included — queue up and never fork the chain.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The chain's head, locked for the rest of the transaction; hands out the next events. */
    public static final class Cursor {
        private long seq;
        private String hash;

        private Cursor(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }

        /** The next event after the head; the caller inserts it, then calls {@link #saveHead}. */
        public AuditEvent next(Instant at, String actor, String type, String subject, String details) {
            Instant t = at.truncatedTo(ChronoUnit.MICROS);
            long s = seq + 1;
            String h = AuditChain.hash(hash, AuditEvent.canonical(s, t, actor, type, subject, details));
            AuditEvent e = new AuditEvent(s, t, actor, type, subject, details, hash, h);
            seq = s;
            hash = h;
            return e;
        }

        public long seq() {
            return seq;
        }

        public String hash() {
            return hash;
        }
    }

    /** Locks the head row for this transaction and returns a cursor at it. */
    public static Cursor lockHead(SharedSessionContract session) {
        Tuple row = session.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE", Tuple.class)
                .getSingleResult();
        return new Cursor(row.get(0, Number.class).longValue(), row.get(1, String.class));
    }

    /** Writes the cursor's position back to the head row (same transaction as the events). */
    public static void saveHead(SharedSessionContract session, Cursor cursor) {
        session.createNativeMutationQuery("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .setParameter("seq", cursor.seq)
                .setParameter("hash", cursor.hash)
                .executeUpdate();
    }

    /** Appends one event in the session's transaction. */
    public static AuditEvent append(Session session, Instant at, String actor, String type, String subject,
                                    String details) {
        Cursor c = lockHead(session);
        AuditEvent e = c.next(at, actor, type, subject, details);
        session.persist(e);
        session.flush();
        saveHead(session, c);
        return e;
    }

    /** SHA-256 over the previous hash (hex, UTF-8) followed by the canonical event (UTF-8), as hex. */
    public static String hash(String prevHash, String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prevHash.getBytes(StandardCharsets.UTF_8));
            md.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
