package org.secondlook.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;

/**
 * Account changes in the database, each with its audit event in the same transaction. The key
 * slots are written by the caller once the transaction has committed ({@link KeySlotFile}).
 */
public final class AccountChanges {
    private final Session s;

    private AccountChanges(Session s) {
        this.s = s;
    }

    public static <R> R inTransaction(Database db, Function<AccountChanges, R> work) {
        return db.fromTransaction(s -> work.apply(new AccountChanges(s)));
    }

    public Optional<User> user(String name) {
        return s.createSelectionQuery("from User u where u.name = :n", User.class).setParameter("n", name)
                .uniqueResultOptional();
    }

    /** Enabled accounts holding {@code role}. */
    public long enabledWith(Role role) {
        return s.createSelectionQuery("from User u where u.enabled = true", User.class).getResultStream()
                .filter(u -> u.hasRole(role)).count();
    }

    public User add(String name, Set<Role> roles, Instant at) {
        User u = new User(name, roles, at);
        s.persist(u);
        return u;
    }

    public void audit(Instant at, String actor, String type, String details) {
        s.flush();
        AuditChain.append(s, at, actor, type, null, details);
    }
}
