package org.secondlook.review.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.SignOff;
import org.secondlook.store.Database;
import org.secondlook.store.DecisionWriter;
import org.secondlook.review.ConflictException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;

/**
 * Approve and return as one supervisor, each with its audit event in one transaction. Refuses a
 * reviewer, a disabled account, one's own decision, and anything but a decision waiting for sign-off.
 */
public final class DatabaseSignOffs implements SignOffService {
    private final Database db;
    private final String user;
    private final Clock clock;
    private final DutyRules rules;
    private final ApprovalHook onApproval;

    public DatabaseSignOffs(Database db, String user, Clock clock, DutyRules rules) {
        this(db, user, clock, rules, ApprovalHook.NONE);
    }

    /** {@code onApproval} runs inside each approval's transaction (QA sampling). */
    public DatabaseSignOffs(Database db, String user, Clock clock, DutyRules rules, ApprovalHook onApproval) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.rules = rules;
        this.onApproval = onApproval;
    }

    @Override
    public List<PendingDecision> pending(int limit) {
        return DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.SIGN_OFF);
            List<PendingDecision> out = new ArrayList<>();
            for (DecisionWriter.Awaiting row : w.awaitingSignOff(limit <= 0 ? 500 : limit)) {
                Applicant a = row.applicant();
                Decision d = row.decision();
                out.add(new PendingDecision(a.getApplicantId(), a.getFullName(), a.getFieldOffice(),
                        org.secondlook.domain.ClassifierLabel.parse(a.getClassifierLabel()).orElse(null),
                        org.secondlook.domain.Verdict.parse(a.getVerdict()), d.getTrack(), d.getReasonCode(), d.getNote(),
                        d.getDecidedBy(), d.getDecidedAt(), d.getPreviousState() == ReviewState.SIGNED_OFF,
                        d.getDecidedBy().equals(user), a.getVersion()));
            }
            return out;
        });
    }

    @Override
    public void approve(String applicantId, long expectedLockVersion) {
        signOff(applicantId, SignOff.Outcome.APPROVED, null, expectedLockVersion);
    }

    @Override
    public void returnDecision(String applicantId, String comment, long expectedLockVersion) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("Give a comment when you return a decision: its reviewer reads it.");
        }
        String text = comment.strip();
        if (text.length() > DatabaseDecisions.MAX_NOTE) {
            throw new InvalidInputException("The comment is too long: keep it under " + DatabaseDecisions.MAX_NOTE
                    + " characters.");
        }
        signOff(applicantId, SignOff.Outcome.RETURNED, text, expectedLockVersion);
    }

    private void signOff(String applicantId, SignOff.Outcome outcome, String comment, long expected) {
        Instant now = clock.instant();
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.SIGN_OFF);
            Applicant a = DutyRules.applicant(w, applicantId);
            rules.requireVersion(w, a, expected);
            switch (a.getState()) {
                case SIGNED_OFF, RETURNED -> throw rules.conflict(w, a,
                        "was " + (a.getState() == ReviewState.SIGNED_OFF ? "signed off" : "returned") + " already");
                case NEW, REFERRED -> throw new InvalidInputException("Case " + a.getApplicantId()
                        + " has no decision waiting for sign-off (it is " + a.getState().code() + ").");
                default -> {
                }
            }
            Decision d = w.activeDecision(a).orElseThrow(() -> new InvalidInputException("Case " + a.getApplicantId()
                    + " has no decision waiting for sign-off."));
            if (d.getDecidedBy().equals(user)) {
                throw new PermissionDeniedException(DutyRules.OWN_DECISION);
            }
            w.persist(new SignOff(d, outcome, comment, user, now));
            boolean approved = outcome == SignOff.Outcome.APPROVED;
            a.moveTo(approved ? ReviewState.SIGNED_OFF : ReviewState.RETURNED, now);
            w.flush();
            String more = approved ? onApproval.approved(w, a, d, user, now) : "";
            var training = approved
                    ? org.secondlook.review.remediation.RemediationOnSignOff.signedOff(w, a, d, user, now) : null;
            var event = w.audit(now, user, approved ? "SIGN_OFF" : "RETURN", a.getApplicantId(),
                    (approved ? "approved" : "returned") + " decision " + d.getId() + " by " + d.getDecidedBy() + " ("
                            + d.getTrack() + ", " + d.getReasonCode() + ")" + (comment == null ? "" : "; comment: " + comment)
                            + (more.isEmpty() ? "" : "; " + more)
                            + (training == null ? "" : "; " + training.description()));
            if (training != null) {
                training.audited(event.getSeq());
            }
            return null;
        });
    }

    @Override
    public BatchOutcome approveAll(List<PendingDecision> seen) {
        List<String> approved = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (PendingDecision p : seen) {
            try {
                approve(p.applicantId(), p.lockVersion());
                approved.add(p.applicantId());
            } catch (PermissionDeniedException | ConflictException | InvalidInputException e) {
                refused.put(p.applicantId(), e.getMessage());
            }
        }
        return new BatchOutcome(List.copyOf(approved), refused);
    }
}
