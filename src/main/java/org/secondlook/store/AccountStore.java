package org.secondlook.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;

/** Accounts and office settings in the database (the key slots live in {@link KeySlotFile}). */
public final class AccountStore {
    private final Database database;

    public AccountStore(Database database) {
        this.database = database;
    }

    public Optional<User> find(String name) {
        return database.fromTransaction(s -> s.createSelectionQuery("from User u where u.name = :n", User.class)
                .setParameter("n", name).uniqueResultOptional());
    }

    public List<User> all() {
        return database.fromTransaction(s -> s.createSelectionQuery("from User u order by u.name", User.class)
                .getResultList());
    }

    /** Creates the first administrator and the office name, with their audit events, in one transaction. */
    public void initialize(String admin, Set<Role> roles, String officeName, Instant at) {
        database.inTransaction(s -> {
            s.persist(new User(admin, roles, at));
            s.persist(new OfficeSetting(OfficeSetting.OFFICE_NAME, officeName));
            AuditChain.append(s, at, admin, "INITIALIZE", null, "database created; office name set");
            AuditChain.append(s, at, admin, "USER_ADD", null, "account " + admin + " with roles " + roles);
        });
    }

    public String setting(String key, String fallback) {
        return database.fromTransaction(s -> {
            OfficeSetting o = s.find(OfficeSetting.class, key);
            return o == null ? fallback : o.getValue();
        });
    }

    /** Appends an audit event on its own (e.g. failed logins folded in at the next successful login). */
    public void audit(Instant at, String actor, String type, String subject, String details) {
        database.inTransaction(s -> AuditChain.append(s, at, actor, type, subject, details));
    }
}
