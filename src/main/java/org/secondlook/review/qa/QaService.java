package org.secondlook.review.qa;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.secondlook.domain.Track;

/**
 * Blind QA second review of signed-off decisions. Every approval that keeps an applicant on the LEO
 * program is queued, and of the others a share (office setting {@value #SHARE_SETTING}, default 10 %)
 * by systematic sampling ({@link SystematicSample}). A reviewer other than the one who decided answers
 * without seeing the first decision, the tool's label or the analyzer's verdict; a disagreement on the
 * track goes to a supervisor who was neither reviewer. Each command writes its audit event in the same
 * transaction, and the role is checked against the account as stored now.
 */
public interface QaService {
    String SHARE_SETTING = "qa.share";
    BigDecimal DEFAULT_SHARE = new BigDecimal("0.10");

    /** The counts and the overall agreement (any role). */
    QaStatus status();

    /**
     * What waits, oldest first: for a reviewer, the second reviews they may answer (never of their own
     * decision); for a supervisor or administrator also every other waiting review and the disagreements
     * waiting for a settlement. Nothing of the first decision is in it.
     */
    List<Waiting> queue(int limit);

    /**
     * The second reviews this user may answer now, oldest first: a reviewer's pending reviews of decisions
     * made by someone else (what the second-review screen lists). Nothing of the first decision is in it.
     */
    List<Waiting> toAnswer(int limit);

    /**
     * The disagreements waiting for a settlement, oldest answer first, with both answers and who gave them
     * (supervisors: what the settle screen lists).
     */
    List<Disagreement> disagreements(int limit);

    /**
     * The case as the second reviewer sees it: the résumé text and the office, nothing of the first decision,
     * the tool's label or the analyzer's verdict (a reviewer with the case waiting for them).
     */
    BlindCase blindCase(String applicantId);

    /**
     * Records the second review (a reviewer other than the one who decided). Returns nothing about the first
     * decision: whether the two agree is for supervisors to see.
     */
    void answer(String applicantId, Track track, String reasonCode);

    /**
     * Settles a disagreement (a supervisor who was neither reviewer; comment required). When the settled
     * track differs from the first decision's, a decision with that track supersedes it, signed off by the
     * settling supervisor.
     */
    void settle(String applicantId, Track track, String reasonCode, String comment);

    /** Agreement on the track: overall, per reviewer pair and per reason code of the first decision (admin, supervisor). */
    AgreementReport agreement();

    /** The share of approvals not keeping an applicant on the LEO program that is sampled. */
    BigDecimal share();

    /** Sets that share, 0 to 1 (admin); the count k restarts at the next approval, with the same random start. */
    void setShare(BigDecimal share);

    /** {@code qa status}'s figures; the shares and kappa are null where undefined (nothing answered). */
    record QaStatus(long sampled, long pending, long answered, long settled, long awaitingSettlement,
                    Double agreementShare, Double kappa) {
    }

    /** A case waiting: for a {@code SECOND_REVIEW} or a {@code SETTLEMENT}. */
    record Waiting(String applicantId, WaitingFor waitingFor, Instant queuedAt, String office) {
    }

    enum WaitingFor { SECOND_REVIEW, SETTLEMENT }

    /** The blind view of a case. */
    record BlindCase(String applicantId, String fullName, String office, String resumeText) {
    }

    /**
     * A disagreement waiting for a supervisor: the case, the first decision (who, track, reason, note, when)
     * and the second review (who, track, reason, when).
     */
    record Disagreement(String applicantId, String fullName, String office, String firstBy, Track firstTrack,
                        String firstReason, String firstNote, Instant decidedAt, String secondBy, Track secondTrack,
                        String secondReason, Instant answeredAt) {
    }

    /** Agreement figures, each with its warnings. */
    record AgreementReport(Agreement overall, List<Agreement> byReviewerPair, List<Agreement> byReasonCode) {
    }
}
