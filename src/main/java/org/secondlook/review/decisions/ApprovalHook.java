package org.secondlook.review.decisions;

import java.time.Instant;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.store.DecisionWriter;

/**
 * Runs inside an approval's transaction, after the case is signed off and its audit event written: what
 * it writes commits or rolls back with the approval (QA sampling queues cases this way).
 */
@FunctionalInterface
public interface ApprovalHook {
    ApprovalHook NONE = (w, a, d, actor, at) -> { };

    void approved(DecisionWriter w, Applicant applicant, Decision decision, String actor, Instant at);
}
