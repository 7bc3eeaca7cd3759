package org.secondlook.review.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.Track;
import org.secondlook.store.Database;
import org.secondlook.store.MergeWriter;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.BlindQaRule;
import org.secondlook.review.Permission;

/** The conflicts queue over the store; resolving writes the decision change and its audit event together. */
final class DatabaseMergeConflicts implements MergeConflicts {
    private final Database db;
    private final String user;
    private final AccessCheck access;
    private final Clock clock;

    public DatabaseMergeConflicts(Database db, String user, AccessCheck access, Clock clock) {
        this.db = db;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<Conflict> open() {
        access.require(Permission.VIEW_CASES);
        List<Conflict> out = new ArrayList<>();
        // a conflict shows the decision in force: none on a case waiting for this account's blind QA review
        BlindQaRule.Withheld withheld = new BlindQaRule(db, access).withheld();
        List<MergeWriter.OpenConflict> rows = MergeWriter.openConflicts(db).stream()
                .filter(r -> !withheld.contains(r.applicantId())).toList();
        MergeWriter.inOneTransaction(db, w -> {
            for (MergeWriter.OpenConflict r : rows) {
                Decision cur = r.currentDecisionId() == null ? null : w.decision(r.currentDecisionId());
                out.add(new Conflict(r.id(), r.applicantId(), r.office(), r.originRef(),
                        r.track() == null ? null : org.secondlook.domain.Track.valueOf(r.track()), r.reasonCode(),
                        r.note(), r.decidedBy(), r.decidedAt(),
                        cur == null ? null : cur.getTrack(), cur == null ? null : cur.getReasonCode(),
                        cur == null ? null : cur.getNote(), cur == null ? null : cur.getDecidedBy(), cur == null ? null : cur.getDecidedAt(),
                        r.createdAt()));
            }
        });
        return out;
    }

    @Override
    public void resolve(long id, boolean takeIncoming, String reason) {
        access.require(Permission.SIGN_OFF);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give a reason for the choice: it goes into the audit trail.");
        }
        Instant now = clock.instant();
        MergeWriter.inOneTransaction(db, w -> {
            MergeWriter.OpenConflict r = w.openConflict(id).orElseThrow(() -> new InvalidInputException(
                    "Conflict " + id + " is not open: it was resolved already or does not exist."));
            String applicantId = r.applicantId();
            String ref = r.originRef();
            if (takeIncoming) {
                Applicant a = w.applicant(applicantId).orElseThrow();
                w.activeDecision(a).ifPresent(Decision::deactivate);
                Decision x = new Decision(a, a.getCurrentVersion(), Track.valueOf(r.track()), r.reasonCode(), r.note(),
                        r.decidedBy(), r.decidedAt(), r.currentDecisionId());
                w.persist(x);
                w.flush();
                w.relinkMergedDecision(ref, x.getId());
                a.setLastDecision(x.getDecidedBy(), x.getDecidedAt());
                a.setUpdatedAt(now);
            }
            w.resolveConflict(id, now, user, (takeIncoming ? "took " : "kept the current decision over ") + ref
                    + ": " + reason.strip());
            w.auditAbout(now, user, "CONFLICT_RESOLVED", applicantId, (takeIncoming ? "took " + ref
                    : "kept the current decision over " + ref) + "; reason: " + reason.strip());
        });
    }
}
