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
 * (its history stays) and makes a new one.
 */
public final class RemediationOnSignOff {
    private RemediationOnSignOff() {
    }

    /** Called by the sign-off command after the case became SIGNED_OFF with decision {@code d}. */
    public static RemediationRecord signedOff(DecisionWriter dw, Applicant a, Decision d, String user, Instant now) {
        RemediationWriter w = RemediationWriter.joining(dw);
        w.currentForUpdate(a.getApplicantId()).ifPresent(old -> {
            RemediationState from = old.moveTo(RemediationState.VOIDED, now);
            w.appendMove(old, from, user, now, "decision " + old.getDecisionId() + " superseded by decision " + d.getId());
        });
        RemediationAction action = RemediationAction.forDecision(d.getTrack(), a.getClassifierLabel(),
                a.getEmploymentStatus());
        RemediationRecord r = new RemediationRecord(a.getId(), a.getApplicantId(), d.getId(), action, a.getFieldOffice(),
                RemediationAction.couldTakeLeo(d.getTrack(), a.getClassifierLabel()), now);
        w.persist(r);
        w.appendMove(r, null, user, now, "decision " + d.getId() + ": " + d.getTrack() + ", tool said "
                + a.getClassifierLabel() + ", status " + a.getEmploymentStatus()
                + (r.isCouldTakeLeo() ? "; could take the LEO program" : ""));
        return r;
    }
}
