package org.secondlook.review.accounts;

/** A session's accounts: admins manage them; anyone changes their own password and unlocks the idle lock. */
public interface AccountDesk {
    /** Accounts and key slots (admins manage; anyone changes their own password). */
    AccountService accounts();

    /** Whether {@code password} is this user's password now (the idle lock asks for it again). */
    boolean verifyPassword(char[] password);
}
