package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supervisor's approval or return of one decision. */
@Entity
@Table(name = "sign_off")
public class SignOff {
    public enum Outcome { APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_off_seq")
    @SequenceGenerator(name = "sign_off_seq", sequenceName = "sign_off_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(name = "signed_by", nullable = false, length = 64)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    /** Whose decision this signs off (the decision's decided_by), for the returns per reviewer. */
    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    protected SignOff() {
    }

    public SignOff(Decision decision, Outcome outcome, String comment, String signedBy, Instant signedAt) {
        this.decision = decision;
        this.outcome = outcome;
        this.comment = comment;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.decidedBy = decision.getDecidedBy();
    }

    /** An approval of the decision in force puts its time on the case. */
    @PrePersist
    void approveInForce() {
        if (outcome == Outcome.APPROVED && decision.isActive()) {
            decision.getApplicant().approvedInForce(signedAt);
        }
    }

    public Long getId() { return id; }
    public Decision getDecision() { return decision; }
    public Outcome getOutcome() { return outcome; }
    public String getComment() { return comment; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
}
