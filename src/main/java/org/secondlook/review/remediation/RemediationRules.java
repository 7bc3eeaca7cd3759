package org.secondlook.review.remediation;

import java.util.EnumSet;
import java.util.Set;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.store.RemediationWriter;

/**
 * Who may do what with training records (the roles table in src/site/markdown/design.md and the README), checked inside each
 * command's transaction against the account as it is stored now, and the sentences refusals use.
 */
final class RemediationRules {
    static final String DISABLED = "This account is disabled: a disabled account can do nothing.";
    static final String READ = "Viewing training records needs an account with a role.";
    static final String CHANGE = Permission.TRAINING_CHANGE.rule();
    static final String VERIFY = Permission.TRAINING_VERIFY.rule();
    static final String APPROVE = "Approving a waiver needs the supervisor role.";
    static final String RESOLVE = "Resolving a training conflict needs the supervisor role.";
    static final String OWN_EVIDENCE = "Nobody verifies a completion on evidence they attached or imported themselves:"
            + " another supervisor must verify it.";
    static final String OWN_WAIVER = "Nobody approves a waiver they asked for: another supervisor must approve it.";

    /** What an action needs. */
    enum Need {
        READ(RemediationRules.READ, Role.ADMIN, Role.SUPERVISOR, Role.REVIEWER),
        CHANGE(RemediationRules.CHANGE, Role.ADMIN, Role.SUPERVISOR),
        VERIFY(RemediationRules.VERIFY, Role.SUPERVISOR),
        APPROVE(RemediationRules.APPROVE, Role.SUPERVISOR),
        RESOLVE(RemediationRules.RESOLVE, Role.SUPERVISOR);

        private final String rule;
        private final Set<Role> roles;

        Need(String rule, Role first, Role... more) {
            this.rule = rule;
            this.roles = EnumSet.of(first, more);
        }
    }

    private RemediationRules() {
    }

    /** The account as stored now: refused unless it exists, is enabled and holds a role the action needs. */
    static User actor(RemediationWriter w, String user, Need need) {
        User u = w.user(user).orElse(null);
        if (u == null || !u.isEnabled()) {
            throw new PermissionDeniedException(DISABLED);
        }
        if (u.getRoles().stream().noneMatch(need.roles::contains)) {
            throw new PermissionDeniedException(need.rule);
        }
        return u;
    }

    /** The record in force, locked for the command, or a plain refusal. */
    static RemediationRecord current(RemediationWriter w, String applicantId) {
        String id = applicantId == null ? "" : applicantId.strip();
        return w.currentForUpdate(id).orElseThrow(() -> new InvalidInputException(w.applicant(id).isPresent()
                ? "Case " + id + " has no training record: a record is made when its decision is signed off."
                : "There is no case with the id " + id + "."));
    }

    /** Refuses any move of a record whose decision asks for no training. */
    static void needsTraining(RemediationRecord r) {
        if (!r.getAction().needsTraining()) {
            throw new InvalidInputException("Case " + r.getApplicantId() + " needs no training (its signed-off track is"
                    + " the one the screening tool chose, or the LEO program); its record does not move.");
        }
    }
}
