package org.secondlook.review;

import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.review.accounts.AccountService;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.StatusReport;
import org.secondlook.review.decisions.DecisionService;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.imports.BatchImport;

/** One logged-in user's open database. Every service it hands out acts as that user. */
public interface ReviewSession extends AutoCloseable {
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

    CaseQueries cases();

    BatchImport imports();

    /** Decide, refer and undo as this user (implemented by the accounts work; see DecisionService). */
    default DecisionService decisions() {
        throw new UnsupportedOperationException("Deciding cases is not available in this build yet.");
    }

    /** The oversight figures (admin, supervisor). */
    default org.secondlook.review.oversight.OversightService oversight() {
        throw new UnsupportedOperationException("oversight");
    }

    /** Blind QA second review: status, queue, answer, settle, agreement (roles per DESIGN.md). */
    default org.secondlook.review.qa.QaService qa() {
        throw new UnsupportedOperationException("qa");
    }

    /** Sign-off and return as this user (supervisors; never one's own decision). */
    default SignOffService signOffs() {
        throw new UnsupportedOperationException("signOffs");
    }

    /** Accounts and key slots (admins manage; anyone changes their own password). */
    default AccountService accounts() {
        throw new UnsupportedOperationException("accounts");
    }

    /** The audit trail: filtered events and the chain check (admin or supervisor). */
    default AuditTrail audit() {
        throw new UnsupportedOperationException("audit");
    }

    /** The reason codes a decision may give, code → plain label, in the list's order. */
    default java.util.Map<String, String> reasonCodes() {
        return reasons().codes();
    }

    /** The reason list with the track each reason supports (a decision for the other track is refused). */
    default ReasonCodeList reasons() {
        return ReasonCodeList.standard();
    }

    /** Whether {@code password} is this user's password now (the idle lock asks for it again). */
    default boolean verifyPassword(char[] password) {
        throw new UnsupportedOperationException("verifyPassword");
    }

    /** What the database holds (any role may look). */
    default StatusReport status() {
        throw new UnsupportedOperationException("status");
    }

    /** Walks the audit chain (admin or supervisor). */
    default AuditCheck verifyAudit() {
        throw new UnsupportedOperationException("verifyAudit");
    }

    /** Workbook and package exports (admin or supervisor). */
    default org.secondlook.review.exchange.Exports exports() {
        throw new UnsupportedOperationException("exports");
    }

    /**
     * Writes a consistent copy of the (encrypted) database into the zip {@code h2Zip} while others may
     * keep writing, and records a BACKUP audit event (admin or supervisor).
     */
    /**
     * Copies this office's encrypted file into the empty PostgreSQL database at {@code server} (administrators),
     * all or nothing; the accounts keep their passwords. The counts and audit chain of both are compared after.
     *
     * @throws PermissionDeniedException for anyone but an administrator
     * @throws InvalidInputException when this store is a server already, or the target is not empty
     */
    default StoreMove moveToServer(org.secondlook.store.ServerAddress server, char[] databasePassword) {
        throw new UnsupportedOperationException("This session cannot move its store.");
    }

    default void backupDatabase(java.nio.file.Path h2Zip) {
        throw new UnsupportedOperationException("backupDatabase");
    }

    /** Training records after sign-off: recall, enrol, roster import, verification (issue 15). */
    default org.secondlook.review.remediation.RemediationService remediation() {
        throw new UnsupportedOperationException("remediation");
    }

    @Override
    void close();
}
