package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit trail. {@code hash = SHA-256(previousHash ‖ canonical())}; the
 * sequence number is assigned by the chain writer, so gaps and reorderings are detectable.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    /** e.g. IMPORT, DECIDE, RETURN, SIGN_OFF, SUPERSEDE, USER_ADD, LOGIN_FAILED, EXPORT. */
    @Column(name = "event_type", nullable = false, length = 32)
    private String type;

    /** The applicant id the event is about, or null for events about no single case. */
    @Column(name = "subject", length = 128)
    private String subject;

    @Column(name = "details", nullable = false, length = 8000)
    private String details;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long seq, Instant occurredAt, String actor, String type, String subject, String details,
                      String prevHash, String hash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.subject = subject;
        this.details = details;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    /**
     * The canonical form that is hashed: fields joined with a unit separator, time in epoch
     * microseconds (what every database keeps exactly), absent subject as an empty field.
     */
    public static String canonical(long seq, Instant occurredAt, String actor, String type, String subject,
                                   String details) {
        long micros = occurredAt.getEpochSecond() * 1_000_000L + occurredAt.getNano() / 1_000;
        return seq + "\u001f" + micros + "\u001f" + actor + "\u001f" + type + "\u001f"
                + (subject == null ? "" : subject) + "\u001f" + details;
    }

    public String canonical() {
        return canonical(seq, occurredAt, actor, type, subject, details);
    }

    public long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getType() { return type; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
