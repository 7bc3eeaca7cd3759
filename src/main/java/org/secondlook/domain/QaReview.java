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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-off decision queued for a blind second review: the second reviewer's answer and, where the
 * two disagree on the track, a supervisor's settlement. The first decision itself is never changed here.
 */
@Entity
@Table(name = "qa_review")
public class QaReview {
    /** Why a case was queued: every approval keeping an applicant on the LEO program, or the systematic sample. */
    public enum Cause { LEO_TRACK, SAMPLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_review_seq")
    @SequenceGenerator(name = "qa_review_seq", sequenceName = "qa_review_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Applicant applicant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 16)
    private Cause cause;

    /** k of the sampled approval (the systematic sample); null for a LEO-track decision. */
    @Column(name = "sample_no")
    private Long sampleNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private QaState state = QaState.PENDING;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "second_by", length = 64)
    private String secondBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_track", length = 16)
    private Track secondTrack;

    @Column(name = "second_reason", length = 64)
    private String secondReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "settled_track", length = 16)
    private Track settledTrack;

    @Column(name = "settled_reason", length = 64)
    private String settledReason;

    @Column(name = "settled_comment", length = 4000)
    private String settledComment;

    @Column(name = "settled_at")
    private Instant settledAt;

    /** The decision the settlement recorded when it superseded the first one; null otherwise. */
    @Column(name = "settled_decision_id")
    private Long settledDecisionId;

    protected QaReview() {
    }

    public QaReview(Applicant applicant, Decision decision, Cause cause, Long sampleNo, Instant queuedAt) {
        this.applicant = applicant;
        this.decision = decision;
        this.cause = cause;
        this.sampleNo = sampleNo;
        this.queuedAt = queuedAt;
    }

    /** Records the second reviewer's answer: AGREED when the track is the first decision's, else DISAGREED. */
    public void answer(String by, Track track, String reason, Instant at) {
        QaState next = track == decision.getTrack() ? QaState.AGREED : QaState.DISAGREED;
        state = state.moveTo(next);
        secondBy = by;
        secondTrack = track;
        secondReason = reason;
        answeredAt = at;
    }

    /** Records a supervisor's settlement of a disagreement (and the superseding decision, if one was made). */
    public void settle(String by, Track track, String reason, String comment, Instant at, Long supersedingDecisionId) {
        state = state.moveTo(QaState.SETTLED);
        settledBy = by;
        settledTrack = track;
        settledReason = reason;
        settledComment = comment;
        settledAt = at;
        settledDecisionId = supersedingDecisionId;
    }

    public Long getId() { return id; }
    public Applicant getApplicant() { return applicant; }
    public Decision getDecision() { return decision; }
    public Cause getCause() { return cause; }
    public Long getSampleNo() { return sampleNo; }
    public QaState getState() { return state; }
    public Instant getQueuedAt() { return queuedAt; }
    public String getSecondBy() { return secondBy; }
    public Track getSecondTrack() { return secondTrack; }
    public String getSecondReason() { return secondReason; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getSettledBy() { return settledBy; }
    public Track getSettledTrack() { return settledTrack; }
    public String getSettledReason() { return settledReason; }
    public String getSettledComment() { return settledComment; }
    public Instant getSettledAt() { return settledAt; }
    public Long getSettledDecisionId() { return settledDecisionId; }
}
