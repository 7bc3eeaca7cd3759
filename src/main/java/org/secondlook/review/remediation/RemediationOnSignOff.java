package org.secondlook.review.remediation;

import java.time.Instant;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.store.DecisionWriter;
import org.secondlook.store.RemediationWriter;

/**
 * Makes the applicant's training record when a decision is signed off, in the sign-off's transaction:
 * the action follows from the signed-off track, the tool's label and the batch's status
 * ({@link RemediationAction#forDecision}). A superseding decision's sign-off voids the record in force
 * (its history stays) and makes a new one. Both moves are audited by the sign-off's own event, whose
 * details say what happened to the training record; the moves keep that event's seq.
 */
public final class RemediationOnSignOff {
    private final RemediationWriter w;
    private final String user;
    private final Instant now;
    private final RemediationRecord voided;
    private final RemediationState voidedFrom;
    private final RemediationRecord created;
    private final String description;

    private RemediationOnSignOff(RemediationWriter w, String user, Instant now, RemediationRecord voided,
                                 RemediationState voidedFrom, RemediationRecord created, String description) {
        this.w = w;
        this.user = user;
        this.now = now;
        this.voided = voided;
        this.voidedFrom = voidedFrom;
        this.created = created;
        this.description = description;
    }

    /** Called by the sign-off command once the case is SIGNED_OFF with decision {@code d}, before its audit event. */
    public static RemediationOnSignOff signedOff(DecisionWriter dw, Applicant a, Decision d, String user, Instant now) {
        RemediationWriter w = RemediationWriter.joining(dw);
        RemediationRecord old = w.currentForUpdate(a.getApplicantId()).orElse(null);
        String text = "";
        RemediationState from = null;
        if (old != null) {
            from = old.moveTo(RemediationState.VOIDED, now);
            text = "training record of decision " + old.getDecisionId() + " voided; ";
        }
        RemediationAction action = RemediationAction.forDecision(d.getTrack(), a.getClassifierLabel(),
                a.getEmploymentStatus());
        RemediationRecord r = new RemediationRecord(a.getId(), a.getApplicantId(), d.getId(), action, a.getFieldOffice(),
                RemediationAction.couldTakeLeo(d.getTrack(), a.getClassifierLabel()), now);
        w.persist(r);
        text += "training record " + action + " made (tool said " + a.getClassifierLabel() + ", status "
                + a.getEmploymentStatus() + (r.isCouldTakeLeo() ? "; could take the LEO program" : "") + ")";
        return new RemediationOnSignOff(w, user, now, old, from, r, text);
    }

    /** What the sign-off's audit event says about the training record. */
    public String description() {
        return description;
    }

    /** Appends the moves, each naming the sign-off's audit event. */
    public void audited(long auditSeq) {
        if (voided != null) {
            w.appendMoveAudited(voided, voidedFrom, user, now,
                    "decision " + voided.getDecisionId() + " superseded by decision " + created.getDecisionId(), auditSeq);
        }
        w.appendMoveAudited(created, null, user, now, "decision " + created.getDecisionId() + " signed off: "
                + description.substring(description.indexOf("training record " + created.getAction())), auditSeq);
    }
}
