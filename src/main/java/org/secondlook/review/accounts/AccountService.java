package org.secondlook.review.accounts;

import java.util.List;
import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.review.AuthenticationException;

/**
 * Accounts and their key slots. Managing other accounts needs the admin role; changing one's own
 * password does not. Each change writes its audit event in the transaction of its database change.
 */
public interface AccountService {
    List<Account> list();

    /** Creates an account with a fresh key slot. */
    void add(String name, Set<Role> roles, char[] password);

    /** Disables the account and destroys its key slot: it cannot open the database by any route. */
    void disable(String name);

    /** Writes a fresh key slot under a new password (and enables the account again). */
    void reset(String name, char[] newPassword);

    /** Changes the session user's own password: only that account's slot is rewrapped. */
    void changePassword(char[] currentPassword, char[] newPassword) throws AuthenticationException;

    /** An account as the list shows it. */
    record Account(String name, Set<Role> roles, boolean enabled, boolean hasKeySlot, int failedLogins) {
    }
}
