package org.secondlook.review.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.store.Database;
import org.secondlook.store.MergeWriter;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;

/** The conflicts queue over the store; resolving writes the decision change and its audit event together. */
final class DatabaseMergeConflicts implements MergeConflicts {
    private final Database db;
    private final String user;
    private final Set<Role> roles;
    private final Clock clock;

    DatabaseMergeConflicts(Database db, String user, Set<Role> roles, Clock clock) {
        this.db = db;
        this.user = user;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public List<Conflict> open() {
        Permission.VIEW_CASES.require(roles);
        List<Conflict> out = new ArrayList<>();
        List<Object[]> rows = MergeWriter.openConflicts(db);
        MergeWriter.inOneTransaction(db, w -> {
            for (Object[] r : rows) {
                Decision cur = r[9] == null ? null : w.decision(((Number) r[9]).longValue());
                out.add(new Conflict(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], instant(r[8]),
                        cur == null ? null : cur.getTrack().name(), cur == null ? null : cur.getReasonCode(),
                        cur == null ? null : cur.getNote(), cur == null ? null : cur.getDecidedBy(), cur == null ? null : cur.getDecidedAt(),
                        instant(r[10])));
            }
        });
        return out;
    }

    @Override
    public void resolve(long id, boolean takeIncoming, String reason) {
        Permission.SIGN_OFF.require(roles);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give a reason for the choice: it goes into the audit trail.");
        }
        Instant now = clock.instant();
        MergeWriter.inOneTransaction(db, w -> {
            Object[] r = w.openConflict(id).orElseThrow(() -> new InvalidInputException(
                    "Conflict " + id + " is not open: it was resolved already or does not exist."));
            String applicantId = (String) r[1];
            String ref = (String) r[3];
            if (takeIncoming) {
                Applicant a = w.applicant(applicantId).orElseThrow();
                w.activeDecision(a).ifPresent(Decision::deactivate);
                Decision x = new Decision(a, a.getCurrentVersion(), Track.valueOf((String) r[4]), (String) r[5],
                        (String) r[6], (String) r[7], instant(r[8]), r[9] == null ? null : ((Number) r[9]).longValue());
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

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + o.getClass());
    }
}
