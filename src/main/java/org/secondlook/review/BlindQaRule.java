package org.secondlook.review;

import java.util.Map;
import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.store.AccountStore;
import org.secondlook.store.Database;
import org.secondlook.store.QaRecords;

/**
 * The ordinary views' side of the blind QA second review (decision record 0016): a case waiting for a
 * second review is withheld from every reviewer who could give it — an account with the reviewer role and
 * neither the supervisor nor the administrator role, that did not make the decision under review — until
 * that review is answered. The queue, search, {@code cases list}, {@code show}, the case view, the decision
 * pane, the training records and the conflicts list leave it out or refuse it with {@link #sentence}; the QA
 * tab and the {@code qa} commands show it blind. Supervisors and administrators (whose audit trail, exports
 * and dashboard show every case anyway) and the first decider keep the full view. Asked of the account and
 * the reviews as stored now, at each call.
 */
public final class BlindQaRule {
    private final Database db;
    private final AccessCheck access;

    public BlindQaRule(Database db, String user) {
        this(db, new AccessCheck(new AccountStore(db), user));
    }

    public BlindQaRule(Database db, AccessCheck access) {
        this.db = db;
        this.access = access;
    }

    /** The cases withheld from this account now: applicant id to the row's id (none but for a reviewer). */
    public Withheld withheld() {
        return withheld(access.rolesNow());
    }

    /** {@link #withheld()} for an account whose roles were just read ({@code rolesNow}, e.g. by its access check). */
    public Withheld withheld(Set<Role> rolesNow) {
        if (!givesSecondReviews(rolesNow)) {
            return Withheld.NONE;
        }
        return new Withheld(Map.copyOf(QaRecords.pendingNotDecidedBy(db, access.user())));
    }

    /** Whether case {@code applicantId} is withheld from this account now. */
    public boolean withholds(String applicantId) {
        return withholds(applicantId, access.rolesNow());
    }

    private boolean withholds(String applicantId, Set<Role> rolesNow) {
        return applicantId != null && givesSecondReviews(rolesNow)
                && QaRecords.pendingNotDecidedBy(db, applicantId.strip(), access.user());
    }

    /** Refuses a withheld case with {@link #sentence}. */
    public void requireShown(String applicantId) {
        requireShown(applicantId, access.rolesNow());
    }

    /** {@link #requireShown(String)} for an account whose roles were just read ({@code rolesNow}). */
    public void requireShown(String applicantId, Set<Role> rolesNow) {
        if (withholds(applicantId, rolesNow)) {
            throw new PermissionDeniedException(sentence(applicantId.strip()));
        }
    }

    /** What a would-be second reviewer reads instead of the case. */
    public static String sentence(String applicantId) {
        return "Case " + applicantId + " waits for a blind QA second review, so its decision, label and verdict stay"
                + " hidden from you until that review is in: open it on the Second review tab or with"
                + " `qa show " + applicantId + "`.";
    }

    /** A reviewer who oversees nothing: the one the blind second review keeps things from. */
    private static boolean givesSecondReviews(Set<Role> roles) {
        return roles.contains(Role.REVIEWER) && !roles.contains(Role.SUPERVISOR) && !roles.contains(Role.ADMIN);
    }

    /** The cases withheld from one account: applicant id to the applicant row's id. */
    public record Withheld(Map<String, Long> cases) {
        public static final Withheld NONE = new Withheld(Map.of());

        public boolean contains(String applicantId) {
            return applicantId != null && cases.containsKey(applicantId);
        }

        /** The applicant rows' ids (for the queue's filter). */
        public Set<Long> rowIds() {
            return Set.copyOf(cases.values());
        }

        public boolean isEmpty() {
            return cases.isEmpty();
        }
    }
}
