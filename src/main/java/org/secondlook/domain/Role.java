package org.secondlook.domain;

import java.util.Locale;

/** What an account may do; one account may hold several roles (the design notes, "Roles"). */
public enum Role {
    ADMIN, SUPERVISOR, REVIEWER;

    /** Parses a role name as written on the command line, case-insensitively. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role '" + text + "': use admin, supervisor or reviewer.");
        }
    }
}
