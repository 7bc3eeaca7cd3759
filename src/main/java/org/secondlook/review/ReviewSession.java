package org.secondlook.review;

import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.review.accounts.AccountDesk;
import org.secondlook.review.audit.AuditDesk;
import org.secondlook.review.backup.BackupDesk;
import org.secondlook.review.cases.CaseDesk;
import org.secondlook.review.decisions.DecisionDesk;
import org.secondlook.review.exchange.ExchangeDesk;
import org.secondlook.review.imports.ImportDesk;
import org.secondlook.review.oversight.OversightDesk;
import org.secondlook.review.qa.QaDesk;
import org.secondlook.review.remediation.RemediationDesk;

/**
 * One logged-in user's open database. Every service it hands out acts as that user, and checks at each
 * call whether the account as stored now may do it. The session is the sum of one small interface per
 * capability ({@code …Desk}); a caller that needs one capability takes that interface. Nothing here
 * throws for "not available": the window asks {@link #may(Permission)} what to show.
 */
public interface ReviewSession extends CaseDesk, ImportDesk, DecisionDesk, AccountDesk, AuditDesk, ExchangeDesk,
        BackupDesk, RemediationDesk, OversightDesk, QaDesk, AutoCloseable {
    String userName();

    Set<Role> roles();

    /**
     * Whether this user may do {@code permission} now, asked of the account as stored (a disabled account
     * may do nothing). The UI shows what this allows; the services check the same rule at each call.
     * This default reads the roles given at login; the database session asks the stored account.
     */
    default boolean may(Permission permission) {
        return permission.allows(roles());
    }

    /** The installation's office name, shown in the window title and written into exports. */
    String officeName();

    /**
     * Copies this office's encrypted file into the empty PostgreSQL database at {@code server} (administrators),
     * all or nothing; the accounts keep their passwords. The counts and audit chain of both are compared after.
     *
     * @throws PermissionDeniedException for anyone but an administrator
     * @throws InvalidInputException when this store is a server already, or the target is not empty
     */
    StoreMove moveToServer(org.secondlook.store.ServerAddress server, char[] databasePassword);

    @Override
    void close();
}
