package org.secondlook.review.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;
import org.secondlook.store.AccountChanges;
import org.secondlook.store.AccountStore;
import org.secondlook.store.Database;
import org.secondlook.store.FileKey;
import org.secondlook.store.KeySlotFile;
import org.secondlook.review.AuthenticationException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.decisions.DutyRules;

/**
 * Accounts and their secrets (key slots on the encrypted file, password hashes on a server). The database
 * change and its audit event commit together first;
 * then the slot file is changed (a slot is written only for an account the database holds, and a
 * disabled account is refused at login even if removing its slot were interrupted).
 */
public final class DatabaseAccounts implements AccountService {
    private final Database db;
    private final String user;
    private final Clock clock;
    private final AccountSecrets secrets;
    private final PasswordPolicy policy;

    public DatabaseAccounts(Database db, String user, Clock clock, FileKey fileKey, KeySlotFile slots, SecureRandom random,
                  PasswordPolicy policy) {
        this(db, user, clock, new SlotSecrets(fileKey, slots, random), policy);
    }

    /** With the store's own secrets: key slots on the encrypted file, password hashes on a shared server. */
    public DatabaseAccounts(Database db, String user, Clock clock, AccountSecrets secrets, PasswordPolicy policy) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.secrets = secrets;
        this.policy = policy;
    }

    private <R> R asAdmin(Function<AccountChanges, R> work) {
        return AccountChanges.inTransaction(db, w -> {
            User me = w.user(user).orElse(null);
            if (me == null || !me.isEnabled()) {
                throw new PermissionDeniedException(DutyRules.DISABLED);
            }
            Permission.MANAGE_ACCOUNTS.require(me.getRoles());
            return work.apply(w);
        });
    }

    @Override
    public List<Account> list() {
        asAdmin(w -> null);
        Map<String, Integer> byName = secrets.failedLogins();
        List<Account> out = new ArrayList<>();
        for (User u : new AccountStore(db).all()) {
            Integer failed = byName.get(u.getName());
            out.add(new Account(u.getName(), u.getRoles(), u.isEnabled(), failed != null, failed == null ? 0 : failed));
        }
        return out;
    }

    @Override
    public void add(String name, Set<Role> roles, char[] password) {
        String n = LocalWorkstation.checkName(name, "The account name");
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("Give the new account at least one role: --role admin, supervisor or reviewer.");
        }
        asAdmin(w -> null);
        policy.check(n, password);
        Instant now = clock.instant();
        asAdmin(w -> {
            Optional<User> existing = w.user(n);
            if (existing.isPresent()) {
                throw new InvalidInputException("An account named " + n + " exists already"
                        + (existing.get().isEnabled() ? "." : " (disabled): reset it to use it again."));
            }
            w.add(n, roles, now);
            w.audit(now, user, "USER_ADD", "account " + n + " with roles " + roleNames(roles));
            return null;
        });
        secrets.issue(n, password);
    }

    @Override
    public void disable(String name) {
        String n = name == null ? "" : name.strip();
        Instant now = clock.instant();
        asAdmin(w -> {
            User u = w.user(n).orElseThrow(() -> new InvalidInputException("There is no account named " + n + "."));
            if (!u.isEnabled()) {
                throw new InvalidInputException("The account " + n + " is disabled already.");
            }
            if (u.hasRole(Role.ADMIN) && w.enabledWith(Role.ADMIN) <= 1) {
                throw new PermissionDeniedException("The last administrator cannot be disabled: add another"
                        + " administrator first.");
            }
            u.setEnabled(false);
            w.audit(now, user, "USER_DISABLE", "account " + n + " disabled; its key slot destroyed");
            return null;
        });
        secrets.revoke(n);
    }

    @Override
    public void reset(String name, char[] newPassword) {
        String n = name == null ? "" : name.strip();
        asAdmin(w -> w.user(n).orElseThrow(() -> new InvalidInputException("There is no account named " + n + ".")));
        policy.check(n, newPassword);
        Instant now = clock.instant();
        asAdmin(w -> {
            User u = w.user(n).orElseThrow(() -> new InvalidInputException("There is no account named " + n + "."));
            boolean wasDisabled = !u.isEnabled();
            u.setEnabled(true);
            w.audit(now, user, "USER_RESET", "account " + n + ": fresh key slot under a new password"
                    + (wasDisabled ? "; enabled again" : ""));
            return null;
        });
        secrets.issue(n, newPassword);
    }

    @Override
    public void changePassword(char[] currentPassword, char[] newPassword) throws AuthenticationException {
        if (!secrets.failedLogins().containsKey(user)) {
            throw new PermissionDeniedException(DutyRules.DISABLED);
        }
        if (!secrets.check(user, currentPassword)) {
            throw new AuthenticationException("The current password is not correct.");
        }
        policy.check(user, newPassword);
        Instant now = clock.instant();
        AccountChanges.inTransaction(db, w -> {
            User me = w.user(user).orElse(null);
            if (me == null || !me.isEnabled()) {
                throw new PermissionDeniedException(DutyRules.DISABLED);
            }
            w.audit(now, user, "PASSWORD_CHANGE", "account " + user + ": its key slot rewrapped");
            return null;
        });
        secrets.issue(user, newPassword);
    }

    static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
