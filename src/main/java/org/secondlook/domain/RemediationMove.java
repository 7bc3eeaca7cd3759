package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a remediation record, appended and never changed; {@code auditSeq} is its audit event. */
@Entity
@Table(name = "remediation_move")
public class RemediationMove {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_move_seq")
    @SequenceGenerator(name = "remediation_move_seq", sequenceName = "remediation_move_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    /** Null for the record's creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16)
    private RemediationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private RemediationState toState;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "moved_by", nullable = false, length = 64)
    private String movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    /** What the move rested on, in words: the class, the roster row, the certificate's hash, the reason. */
    @Column(name = "detail", nullable = false, length = 2000)
    private String detail;

    @Column(name = "audit_seq", nullable = false)
    private long auditSeq;

    protected RemediationMove() {
    }

    public RemediationMove(long recordId, RemediationState fromState, RemediationState toState, int attempt,
                           String movedBy, Instant movedAt, String detail, long auditSeq) {
        this.recordId = recordId;
        this.fromState = fromState;
        this.toState = toState;
        this.attempt = attempt;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.detail = detail;
        this.auditSeq = auditSeq;
    }

    public Long getId() { return id; }
    public long getRecordId() { return recordId; }
    public RemediationState getFromState() { return fromState; }
    public RemediationState getToState() { return toState; }
    public int getAttempt() { return attempt; }
    public String getMovedBy() { return movedBy; }
    public Instant getMovedAt() { return movedAt; }
    public String getDetail() { return detail; }
    public long getAuditSeq() { return auditSeq; }
}
