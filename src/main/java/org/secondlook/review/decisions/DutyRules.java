package org.secondlook.review.decisions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Decision;
import org.secondlook.domain.User;
import org.secondlook.store.DecisionWriter;
import org.secondlook.review.ConflictException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;

/**
 * The separation-of-duties rules shared by the decision and sign-off commands, and the sentences
 * they refuse with. Checked inside each command's transaction, against the database as it is now.
 */
public final class DutyRules {
    public static final String DISABLED = "This account is disabled: a disabled account can do nothing.";
    public static final String OWN_DECISION = "Nobody signs off their own decision: another supervisor must sign it off.";
    public static final String SIGNED_OFF_IS_FINAL = "A signed-off decision is never changed: record a new decision that"
            + " supersedes it (it needs its own sign-off).";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final ReasonCodeList reasons;

    public DutyRules(ZoneId zone, ReasonCodeList reasons) {
        this.zone = zone;
        this.reasons = reasons;
    }

    /** The account as stored now: refused unless it exists, is enabled, and holds a role allowing {@code p}. */
    public static User actor(DecisionWriter w, String user, Permission p) {
        User u = w.user(user).orElse(null);
        if (u == null || !u.isEnabled()) {
            throw new PermissionDeniedException(DISABLED);
        }
        p.require(u.getRoles());
        return u;
    }

    public static Applicant applicant(DecisionWriter w, String applicantId) {
        return w.applicantForUpdate(applicantId == null ? "" : applicantId.strip())
                .orElseThrow(() -> new InvalidInputException("There is no case with the id " + applicantId + "."));
    }

    /** Refuses when the case changed since the user saw it, describing the change. */
    void requireVersion(DecisionWriter w, Applicant a, long expected) {
        if (expected >= 0 && a.getVersion() != expected) {
            throw conflict(w, a, "changed since you opened it");
        }
    }

    ConflictException conflict(DecisionWriter w, Applicant a, String what) {
        String id = a.getApplicantId();
        String change = w.activeDecision(a).map(this::describe)
                .or(() -> w.lastEventAbout(id).map(this::describe))
                .orElse("its state is now " + a.getState().code());
        return new ConflictException("Case " + id + " " + what + ": " + change + ". Reload the case and look again.");
    }

    /** "pat decided LEO (LE_EXPERIENCE_VERIFIED) at 2026-11-23 09:14, note: …" */
    String describe(Decision d) {
        String note = d.getNote() == null || d.getNote().isBlank() ? "" : ", note: " + d.getNote();
        return d.getDecidedBy() + " decided " + d.getTrack() + " (" + d.getReasonCode() + ") at "
                + TIME.format(d.getDecidedAt().atZone(zone)) + note;
    }

    private String describe(AuditEvent e) {
        return e.getActor() + " recorded " + e.getType() + " at " + TIME.format(e.getOccurredAt().atZone(zone));
    }

    String reasonLabel(String code) {
        return reasons.label(code);
    }

    public ReasonCodeList reasons() {
        return reasons;
    }
}
