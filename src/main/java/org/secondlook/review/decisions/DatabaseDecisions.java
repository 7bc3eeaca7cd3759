package org.secondlook.review.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;
import org.secondlook.store.Database;
import org.secondlook.store.DecisionWriter;
import org.secondlook.review.BlindQaRule;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;

/**
 * Decide, refer and undo as one user. Each command runs in one transaction with its audit event;
 * the role is checked against the account as stored now, so a disabled account can do nothing. A case
 * waiting for a blind QA second review this account could give is neither shown nor decided here
 * ({@link BlindQaRule}): the QA second review answers it.
 */
public final class DatabaseDecisions implements DecisionService {
    static final int MAX_NOTE = 4000;
    private final Database db;
    private final String user;
    private final Clock clock;
    private final DutyRules rules;
    private final BlindQaRule blind;

    public DatabaseDecisions(Database db, String user, Clock clock, DutyRules rules) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.rules = rules;
        this.blind = new BlindQaRule(db, user);
    }

    @Override
    public void decide(String applicantId, Track track, String reasonCode, String note, long expectedLockVersion) {
        if (track == null) {
            throw new InvalidInputException("Choose a track: LEO or ACADEMY.");
        }
        String code = rules.reasons().require(reasonCode);
        String text = note(note);
        Instant now = clock.instant();
        blind.requireShown(applicantId);
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.DECIDE);
            Applicant a = DutyRules.applicant(w, applicantId);
            rules.reasons().requireFits(code, track);
            rules.requireVersion(w, a, expectedLockVersion);
            ReviewState before = a.getState();
            Decision previous = w.activeDecision(a).orElse(null);
            if (before == ReviewState.DECIDED && previous != null && !previous.getDecidedBy().equals(user)) {
                throw rules.conflict(w, a, "already has a decision waiting for sign-off");
            }
            if (previous != null) {
                previous.deactivate();
            }
            Decision d = new Decision(a, a.getCurrentVersion(), track, code, text, user, now,
                    previous == null ? null : previous.getId());
            d.setPreviousState(before);
            w.persist(d);
            a.moveTo(ReviewState.DECIDED, now);
            a.setLastDecision(user, now);
            w.flush();
            boolean supersede = before == ReviewState.SIGNED_OFF;
            w.audit(now, user, supersede ? "SUPERSEDE" : "DECIDE", a.getApplicantId(), "decision " + d.getId() + ": "
                    + track + ", reason " + code + (text == null ? "" : ", note: " + text)
                    + (previous == null ? "" : "; supersedes decision " + previous.getId()
                    + (supersede ? " (signed off); needs its own sign-off" : "")));
            return null;
        });
    }

    @Override
    public void refer(String applicantId, String note, long expectedLockVersion) {
        String text = note(note);
        Instant now = clock.instant();
        blind.requireShown(applicantId);
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.DECIDE);
            Applicant a = DutyRules.applicant(w, applicantId);
            rules.requireVersion(w, a, expectedLockVersion);
            if (!a.getState().canMoveTo(ReviewState.REFERRED)) {
                throw new InvalidInputException("Case " + a.getApplicantId() + " is " + a.getState().code()
                        + ": only a new case can be referred to a supervisor.");
            }
            a.moveTo(ReviewState.REFERRED, now);
            w.flush();
            w.audit(now, user, "REFER", a.getApplicantId(), "referred to a supervisor" + (text == null ? "" : ", note: " + text));
            return null;
        });
    }

    @Override
    public Optional<String> undoLast() {
        Instant now = clock.instant();
        return DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.DECIDE);
            Optional<Decision> last = w.lastDecisionBy(user);
            if (last.isEmpty() || !last.get().isActive()) {
                return Optional.<String>empty();
            }
            Decision d = last.get();
            Applicant a = DutyRules.applicant(w, d.getApplicant().getApplicantId());
            if (a.getState() == ReviewState.SIGNED_OFF) {
                throw new PermissionDeniedException(DutyRules.SIGNED_OFF_IS_FINAL);
            }
            if (a.getState() != ReviewState.DECIDED) {
                throw new InvalidInputException("Your last decision, on case " + a.getApplicantId() + ", was "
                        + a.getState().code().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " by a supervisor: decide the case again instead of undoing.");
            }
            d.deactivate();
            Decision prior = d.getSupersedesId() == null ? null : w.decision(d.getSupersedesId());
            if (prior != null) {
                prior.reactivate();
                a.setLastDecision(prior.getDecidedBy(), prior.getDecidedAt());
            } else {
                a.setLastDecision(null, null);
            }
            ReviewState back = d.getPreviousState() != null ? d.getPreviousState()
                    : prior == null ? ReviewState.NEW : ReviewState.DECIDED;
            a.moveTo(back, now);
            w.flush();
            w.audit(now, user, "UNDO", a.getApplicantId(), "undid decision " + d.getId() + " (" + d.getTrack() + ", "
                    + d.getReasonCode() + "); case back to " + back.code());
            return Optional.of(a.getApplicantId());
        });
    }

    @Override
    public Optional<RecordedDecision> latest(String applicantId) {
        blind.requireShown(applicantId);
        return DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.VIEW_CASES);
            Applicant a = w.applicant(applicantId == null ? "" : applicantId.strip()).orElse(null);
            if (a == null) {
                return Optional.<RecordedDecision>empty();
            }
            return w.activeDecision(a).map(d -> {
                String comment = w.latestSignOff(d).filter(o -> o.getOutcome() == SignOff.Outcome.RETURNED)
                        .map(o -> o.getComment() + " (" + o.getSignedBy() + ")").orElse(null);
                return new RecordedDecision(d.getTrack(), d.getReasonCode(), d.getNote(), d.getDecidedBy(),
                        d.getDecidedAt(), comment);
            });
        });
    }

    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String t = note.strip();
        if (t.length() > MAX_NOTE) {
            throw new InvalidInputException("The note is too long: keep it under " + MAX_NOTE + " characters.");
        }
        return t;
    }
}
