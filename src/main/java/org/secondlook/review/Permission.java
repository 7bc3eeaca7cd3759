package org.secondlook.review;

import java.util.EnumSet;
import java.util.Set;
import org.secondlook.domain.Role;

/** What each role may do (the design notes, "Roles and what each may do"), enforced in the services. */
public enum Permission {
    MANAGE_ACCOUNTS("Managing accounts and office settings needs the admin role.", Role.ADMIN),
    IMPORT("Importing a batch needs the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    EXPORT("Exporting needs the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    BACKUP("Making a backup needs the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    MERGE_PACKAGES("Merging packages needs the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    DECIDE("Deciding a case needs the supervisor or reviewer role.", Role.SUPERVISOR, Role.REVIEWER),
    SIGN_OFF("Signing off or returning a decision needs the supervisor role.", Role.SUPERVISOR),
    READ_AUDIT("Reading the audit trail needs the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    METRICS("The dashboard and metrics need the admin or supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    QA_ANSWER("A blind QA second review needs the reviewer role.", Role.REVIEWER),
    QA_SETTLE("Settling a QA disagreement needs the supervisor role.", Role.SUPERVISOR),
    TRAINING_CHANGE("Importing rosters, attaching evidence and moving training records needs the admin or"
            + " supervisor role.", Role.ADMIN, Role.SUPERVISOR),
    TRAINING_VERIFY("Verifying a training completion needs the supervisor role.", Role.SUPERVISOR),
    VIEW_CASES("Viewing cases needs an account with a role.", Role.ADMIN, Role.SUPERVISOR, Role.REVIEWER);

    private final String rule;
    private final Set<Role> roles;

    Permission(String rule, Role first, Role... more) {
        this.rule = rule;
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** Throws {@link PermissionDeniedException} naming the rule unless one of {@code held} allows this. */
    public void require(Set<Role> held) {
        if (!allows(held)) {
            throw new PermissionDeniedException(rule);
        }
    }

    public String rule() {
        return rule;
    }
}
