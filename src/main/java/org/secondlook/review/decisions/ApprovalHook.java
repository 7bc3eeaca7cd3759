package org.secondlook.review.decisions;

import java.time.Instant;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.store.DecisionWriter;

/**
 * Runs inside an approval's transaction, after the case is signed off and before its audit event is
 * written: what it writes commits or rolls back with the approval (QA sampling queues cases this way).
 * What it did is told in the approval's own audit event, so an approval stays one event.
 */
@FunctionalInterface
public interface ApprovalHook {
    ApprovalHook NONE = (w, a, d, actor, at) -> "";

    /** Does its work and returns a sentence for the approval's audit event ("" for none). */
    String approved(DecisionWriter w, Applicant applicant, Decision decision, String actor, Instant at);
}
