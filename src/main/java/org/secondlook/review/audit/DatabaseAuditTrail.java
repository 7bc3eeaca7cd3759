package org.secondlook.review.audit;

import java.util.List;
import org.secondlook.store.AccountStore;
import org.secondlook.store.AuditReader;
import org.secondlook.store.AuditVerifier;
import org.secondlook.store.Database;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.decisions.DutyRules;

/** The audit trail for admins and supervisors: filtered reading and the chain check. */
public final class DatabaseAuditTrail implements AuditTrail {
    private final Database db;
    private final String user;

    public DatabaseAuditTrail(Database db, String user) {
        this.db = db;
        this.user = user;
    }

    /** Checked against the account as stored now, so a disabled account reads nothing. */
    private void allowed() {
        org.secondlook.domain.User u = new AccountStore(db).find(user).orElse(null);
        if (u == null || !u.isEnabled()) {
            throw new PermissionDeniedException(DutyRules.DISABLED);
        }
        Permission.READ_AUDIT.require(u.getRoles());
    }

    @Override
    public List<Entry> events(Query q) {
        allowed();
        return new AuditReader(db).events(new AuditReader.Filter(q.actor(), q.type(), q.subject(), q.text(), q.from(),
                        q.before(), q.limit())).stream()
                .map(e -> new Entry(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getType(), e.getSubject(),
                        e.getDetails()))
                .toList();
    }

    @Override
    public List<String> types() {
        allowed();
        return new AuditReader(db).types();
    }

    @Override
    public AuditCheck verify() {
        allowed();
        AuditVerifier.Result r = new AuditVerifier(db).verify();
        return new AuditCheck(r.events(), r.firstBrokenSeq(), r.problem());
    }
}
