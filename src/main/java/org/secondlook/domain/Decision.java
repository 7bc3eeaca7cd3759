package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/**
 * A reviewer's decision on a case: a track and a reason. Never edited once signed off; a correction
 * is a new decision that names the one it supersedes.
 */
@Entity
@Table(name = "decision")
public class Decision {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Applicant applicant;

    @Column(name = "resume_version_no", nullable = false)
    private int resumeVersionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "track", nullable = false, length = 16)
    private Track track;

    @Column(name = "reason_code", nullable = false, length = 64)
    private String reasonCode;

    @Column(name = "note", length = 4000)
    private String note;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    /** The decision this one replaces, or null. */
    @Column(name = "supersedes_id")
    private Long supersedesId;

    /** False once undone or superseded. */
    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The case's state before this decision (what undoing it restores); null for merged decisions. */
    @Convert(converter = ReviewStateConverter.class)
    @Column(name = "previous_state", length = 16)
    private ReviewState previousState;

    protected Decision() {
    }

    public Decision(Applicant applicant, int resumeVersionNo, Track track, String reasonCode, String note,
                    String decidedBy, Instant decidedAt, Long supersedesId) {
        this.applicant = applicant;
        this.resumeVersionNo = resumeVersionNo;
        this.track = track;
        this.reasonCode = reasonCode;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.supersedesId = supersedesId;
    }

    public Long getId() { return id; }
    public Applicant getApplicant() { return applicant; }
    public int getResumeVersionNo() { return resumeVersionNo; }
    public Track getTrack() { return track; }
    public String getReasonCode() { return reasonCode; }
    public String getNote() { return note; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getSupersedesId() { return supersedesId; }
    public boolean isActive() { return active; }

    /** Takes the decision out of force; a stored one takes its track off the case (the next one, if any, puts its own). */
    public void deactivate() {
        if (active && id != null) {
            applicant.decisionInForce(null, null);
        }
        this.active = false;
    }

    /** Makes a superseded decision current again (its superseding decision was undone before sign-off). */
    public void reactivate() {
        this.active = true;
        applicant.decisionInForce(track, decidedAt);
    }

    /** A decision stored in force puts its track on the case. */
    @PrePersist
    void enterForce() {
        if (active) {
            applicant.decisionInForce(track, decidedAt);
        }
    }
    public ReviewState getPreviousState() { return previousState; }
    public void setPreviousState(ReviewState previousState) { this.previousState = previousState; }
}
