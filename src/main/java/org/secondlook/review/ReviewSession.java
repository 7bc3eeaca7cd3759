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

    /** The installation's office name, shown in the window title and written into exports. */
    String officeName();

    CaseQueries cases();

    BatchImport imports();

    /** Decide, refer and undo as this user (implemented by the accounts work; see DecisionService). */
    default DecisionService decisions() {
        throw new UnsupportedOperationException("Deciding cases is not available in this build yet.");
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
        return ReasonCodeList.standard().codes();
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
