package org.secondlook.review.accounts;

import java.util.Map;

/**
 * What an account's password opens, kept apart from the account itself: on the encrypted file a key slot
 * that wraps the file key ({@link SlotSecrets}), on a shared server an Argon2id password hash in the
 * database ({@link HashSecrets}). The account services write these after the account change has committed.
 */
public interface AccountSecrets {
    /** Gives {@code account} a fresh secret under {@code password} (a new account, a reset, a change). */
    void issue(String account, char[] password);

    /** Destroys the account's secret: it cannot log in any more. */
    void revoke(String account);

    /** Whether {@code password} is the account's (false when it has no secret). */
    boolean check(String account, char[] password);

    /** The accounts that have a secret, each with its failed logins since the last successful one. */
    Map<String, Integer> failedLogins();
}
