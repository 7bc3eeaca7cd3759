package org.secondlook.review;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;
import org.secondlook.store.AccountStore;

/**
 * The one permission check of the services: the account <em>as stored now</em>, re-read at each call,
 * so a session opened before its account was disabled (or lost a role) is refused at its next command
 * (decision record 0006). The UI asks the same check what to show ({@link #allows}).
 */
public final class AccessCheck {
    /** The sentence a disabled (or removed) account hears, whatever it tried. */
    public static final String DISABLED = "This account is disabled: a disabled account can do nothing.";

    private final AccountStore accounts;
    private final String user;

    public AccessCheck(AccountStore accounts, String user) {
        this.accounts = accounts;
        this.user = user;
    }

    /** The account now, refused unless it exists, is enabled and holds a role allowing {@code p}. */
    public User require(Permission p) {
        User u = enabledAccount().orElseThrow(() -> new PermissionDeniedException(DISABLED));
        p.require(u.getRoles());
        return u;
    }

    /** Whether the account, as stored now, may do {@code p} (false when disabled). */
    public boolean allows(Permission p) {
        return p.allows(rolesNow());
    }

    /** The account's roles as stored now; none when it is disabled or gone. */
    public Set<Role> rolesNow() {
        return enabledAccount().map(u -> u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles()))
                .orElseGet(() -> EnumSet.noneOf(Role.class));
    }

    public String user() {
        return user;
    }

    private Optional<User> enabledAccount() {
        return accounts.find(user).filter(User::isEnabled);
    }
}
