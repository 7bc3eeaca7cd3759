package org.secondlook.review.qa;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.QaReview;
import org.secondlook.domain.QaState;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;
import org.secondlook.domain.User;
import org.secondlook.review.ConflictException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.decisions.DutyRules;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.store.CaseStore;
import org.secondlook.store.Database;
import org.secondlook.store.DecisionWriter;
import org.secondlook.store.QaRecords;
import org.secondlook.store.SettingsStore;

/** QA second reviews on the database, as one user; see {@link QaService}. */
public final class DatabaseQa implements QaService {
    static final int MAX_COMMENT = 4000;
    static final String OWN_DECISION = "Nobody gives the second review of their own decision: another reviewer must.";
    static final String NOT_A_REVIEWER_HERE = "A supervisor who settles a QA disagreement must be neither the reviewer"
            + " who decided nor the one who gave the second review.";

    private final Database db;
    private final String user;
    private final Clock clock;
    private final ReasonCodeList reasons;

    public DatabaseQa(Database db, String user, Clock clock, ReasonCodeList reasons) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.reasons = reasons;
    }

    @Override
    public QaStatus status() {
        actor(Permission.VIEW_CASES);
        Map<QaState, Long> n = QaRecords.countsByState(db);
        long answered = n.get(QaState.AGREED) + n.get(QaState.DISAGREED) + n.get(QaState.SETTLED);
        Agreement overall = overall(QaRecords.answered(db));
        return new QaStatus(n.values().stream().mapToLong(Long::longValue).sum(), n.get(QaState.PENDING), answered,
                n.get(QaState.SETTLED), n.get(QaState.DISAGREED), overall.share(), overall.kappa());
    }

    @Override
    public List<Waiting> queue(int limit) {
        User me = actor(Permission.VIEW_CASES);
        Set<Role> roles = me.getRoles();
        boolean overseer = roles.contains(Role.ADMIN) || roles.contains(Role.SUPERVISOR);
        boolean reviewer = roles.contains(Role.REVIEWER);
        List<Waiting> out = new ArrayList<>();
        for (QaRecords.Waiting w : QaRecords.waiting(db, Integer.MAX_VALUE)) {
            boolean forMe = reviewer && w.state() == QaState.PENDING && !user.equals(w.firstBy());
            if (overseer || forMe) {
                out.add(new Waiting(w.applicantId(), w.state() == QaState.PENDING ? WaitingFor.SECOND_REVIEW
                        : WaitingFor.SETTLEMENT, w.queuedAt(), w.office()));
            }
            if (limit > 0 && out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    @Override
    public List<Waiting> toAnswer(int limit) {
        actor(Permission.QA_ANSWER);
        List<Waiting> out = new ArrayList<>();
        for (QaRecords.Waiting w : QaRecords.waiting(db, Integer.MAX_VALUE)) {
            if (w.state() == QaState.PENDING && !user.equals(w.firstBy())) {
                out.add(new Waiting(w.applicantId(), WaitingFor.SECOND_REVIEW, w.queuedAt(), w.office()));
                if (limit > 0 && out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public List<Disagreement> disagreements(int limit) {
        actor(Permission.QA_SETTLE);
        return QaRecords.disagreements(db, limit > 0 ? limit : Integer.MAX_VALUE).stream()
                .map(d -> new Disagreement(d.applicantId(), d.fullName(), d.office(), d.firstBy(),
                        Track.valueOf(d.firstTrack()), d.firstReason(), d.firstNote(), d.decidedAt(), d.secondBy(),
                        Track.valueOf(d.secondTrack()), d.secondReason(), d.answeredAt()))
                .toList();
    }

    @Override
    public BlindCase blindCase(String applicantId) {
        String id = applicantId == null ? "" : applicantId.strip();
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.QA_ANSWER);
            Applicant a = w.applicant(id).orElseThrow(() -> noCase(id));
            QaReview r = pending(QaRecords.within(w), a);
            if (user.equals(r.getDecision().getDecidedBy())) {
                throw new PermissionDeniedException(OWN_DECISION);
            }
            return null;
        });
        CaseStore.CaseVersion c = new CaseStore(db).load(id, null).orElseThrow(() -> noCase(id));
        return new BlindCase(c.applicant().getApplicantId(), c.applicant().getFullName(), c.applicant().getFieldOffice(),
                c.version().getText());
    }

    @Override
    public void answer(String applicantId, Track track, String reasonCode) {
        if (track == null) {
            throw new InvalidInputException("Choose a track: LEO or ACADEMY.");
        }
        String code = reasons.require(reasonCode);
        Instant now = clock.instant();
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.QA_ANSWER);
            Applicant a = DutyRules.applicant(w, applicantId);
            QaReview r = pending(QaRecords.within(w), a);
            Decision first = r.getDecision();
            if (user.equals(first.getDecidedBy())) {
                throw new PermissionDeniedException(OWN_DECISION);
            }
            r.answer(user, track, code, now);
            w.flush();
            w.audit(now, user, "QA_ANSWER", a.getApplicantId(), "blind second review of decision " + first.getId()
                    + " by " + first.getDecidedBy() + ": " + track + ", reason " + code + "; "
                    + (r.getState() == QaState.AGREED ? "agrees with" : "disagrees with") + " the first decision ("
                    + first.getTrack() + ", " + first.getReasonCode() + ")"
                    + (r.getState() == QaState.DISAGREED ? ": waits for a supervisor to settle it" : ""));
            return null;
        });
    }

    @Override
    public void settle(String applicantId, Track track, String reasonCode, String comment) {
        if (track == null) {
            throw new InvalidInputException("Choose a track: LEO or ACADEMY.");
        }
        String code = reasons.require(reasonCode);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("Give a --comment when you settle a QA disagreement: it goes into the audit trail.");
        }
        String text = comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("The comment is too long: keep it under " + MAX_COMMENT + " characters.");
        }
        Instant now = clock.instant();
        DecisionWriter.inTransaction(db, w -> {
            DutyRules.actor(w, user, Permission.QA_SETTLE);
            Applicant a = DutyRules.applicant(w, applicantId);
            QaReview r = QaRecords.within(w).open(a).filter(x -> x.getState() == QaState.DISAGREED)
                    .orElseThrow(() -> new InvalidInputException("Case " + a.getApplicantId()
                            + " has no QA disagreement waiting to be settled."));
            Decision first = r.getDecision();
            if (user.equals(first.getDecidedBy()) || user.equals(r.getSecondBy())) {
                throw new PermissionDeniedException(NOT_A_REVIEWER_HERE);
            }
            Decision superseding = null;
            if (track != first.getTrack()) {
                superseding = supersede(w, a, first, track, code, text, now);
            }
            r.settle(user, track, code, text, now, superseding == null ? null : superseding.getId());
            w.flush();
            w.audit(now, user, "QA_SETTLE", a.getApplicantId(), "settled the QA disagreement on decision " + first.getId()
                    + " (" + first.getDecidedBy() + ": " + first.getTrack() + ", " + first.getReasonCode() + "; second review "
                    + r.getSecondBy() + ": " + r.getSecondTrack() + ", " + r.getSecondReason() + ") as " + track + ", reason "
                    + code + (superseding == null ? "; the first decision stands"
                    : "; decision " + superseding.getId() + " supersedes it, signed off by " + user) + "; comment: " + text);
            return null;
        });
    }

    /** The settling supervisor's decision, superseding the first one, and its approval by the same supervisor. */
    private Decision supersede(DecisionWriter w, Applicant a, Decision first, Track track, String code, String text,
                               Instant now) {
        if (a.getState() != ReviewState.SIGNED_OFF || !first.isActive()) {
            throw new ConflictException("Case " + a.getApplicantId() + " changed since it was queued for QA (it is "
                    + a.getState().code() + " with another decision in force): decide it again instead of settling.");
        }
        first.deactivate();
        Decision d = new Decision(a, a.getCurrentVersion(), track, code, text, user, now, first.getId());
        d.setPreviousState(ReviewState.SIGNED_OFF);
        w.persist(d);
        a.moveTo(ReviewState.DECIDED, now);
        a.moveTo(ReviewState.SIGNED_OFF, now);
        a.setLastDecision(user, now);
        w.flush();
        w.persist(new SignOff(d, SignOff.Outcome.APPROVED, "QA settlement", user, now));
        return d;
    }

    @Override
    public AgreementReport agreement() {
        actor(Permission.METRICS);
        List<QaRecords.Answered> all = QaRecords.answered(db);
        Map<String, List<QaRecords.Answered>> byPair = new TreeMap<>();
        Map<String, List<QaRecords.Answered>> byReason = new TreeMap<>();
        for (QaRecords.Answered x : all) {
            String a = x.firstBy();
            String b = x.secondBy();
            byPair.computeIfAbsent(a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a, k -> new ArrayList<>()).add(x);
            byReason.computeIfAbsent(x.firstReason(), k -> new ArrayList<>()).add(x);
        }
        List<Agreement> pairs = new ArrayList<>();
        byPair.forEach((pair, rows) -> {
            String left = pair.substring(0, pair.indexOf('+'));
            // One column per person: the answer of the alphabetically first of the two, then the other's.
            List<String> l = new ArrayList<>();
            List<String> r = new ArrayList<>();
            for (QaRecords.Answered x : rows) {
                boolean firstIsLeft = x.firstBy().equals(left);
                l.add(firstIsLeft ? x.firstTrack() : x.secondTrack());
                r.add(firstIsLeft ? x.secondTrack() : x.firstTrack());
            }
            pairs.add(Agreement.of(pair, l, r));
        });
        List<Agreement> perReason = new ArrayList<>();
        byReason.forEach((reason, rows) -> perReason.add(overall(reason, rows)));
        return new AgreementReport(overall(all), pairs, perReason);
    }

    @Override
    public BigDecimal share() {
        actor(Permission.VIEW_CASES);
        return new SettingsStore(db).get(SHARE_SETTING).map(QaSampler::parseShare)
                .orElse(DEFAULT_SHARE.stripTrailingZeros());
    }

    @Override
    public void setShare(BigDecimal share) {
        BigDecimal s = QaSampler.parseShare(share == null ? "" : share.toPlainString());
        actor(Permission.MANAGE_ACCOUNTS);
        new SettingsStore(db).put(Map.of(SHARE_SETTING, s.toPlainString()), clock.instant(), user, "QA_SHARE",
                "QA sample share set to " + s.toPlainString() + " (of approvals not keeping an applicant on the LEO program)");
    }

    private static Agreement overall(List<QaRecords.Answered> rows) {
        return overall("all", rows);
    }

    /** The first decision's track against the second review's, over {@code rows}. */
    private static Agreement overall(String group, List<QaRecords.Answered> rows) {
        return Agreement.of(group, rows.stream().map(QaRecords.Answered::firstTrack).toList(),
                rows.stream().map(QaRecords.Answered::secondTrack).toList());
    }

    private static QaReview pending(QaRecords qa, Applicant a) {
        return qa.open(a).filter(x -> x.getState() == QaState.PENDING).orElseThrow(() -> new InvalidInputException(
                "Case " + a.getApplicantId() + " is not waiting for a QA second review."));
    }

    private static InvalidInputException noCase(String id) {
        return new InvalidInputException("There is no case with the id " + id + ".");
    }

    private User actor(Permission p) {
        return DecisionWriter.inTransaction(db, w -> DutyRules.actor(w, user, p));
    }
}
