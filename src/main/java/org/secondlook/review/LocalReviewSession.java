package org.secondlook.review;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.ImportRun;
import org.secondlook.domain.Role;
import org.secondlook.intake.BatchReader;
import org.secondlook.store.AccountStore;
import org.secondlook.store.AuditVerifier;
import org.secondlook.store.CaseStore;
import org.secondlook.store.Database;
import org.secondlook.store.ImportRunStore;
import org.secondlook.review.accounts.AccountService;
import org.secondlook.review.accounts.DatabaseAccounts;
import org.secondlook.review.accounts.LoginDelay;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.audit.DatabaseAuditTrail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.DatabaseCaseQueries;
import org.secondlook.review.cases.StatusReport;
import org.secondlook.review.decisions.DatabaseDecisions;
import org.secondlook.review.decisions.DatabaseSignOffs;
import org.secondlook.review.decisions.DecisionService;
import org.secondlook.review.decisions.DutyRules;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.backup.BackupService;
import org.secondlook.review.exchange.DatabaseExports;
import org.secondlook.review.exchange.ExchangeService;
import org.secondlook.review.imports.BatchImport;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.oversight.DatabaseOversight;
import org.secondlook.review.oversight.OversightService;
import org.secondlook.review.qa.DatabaseQa;
import org.secondlook.review.qa.QaSampler;
import org.secondlook.review.qa.QaService;

/** A logged-in user's open database; every service it hands out acts as that user. */
final class LocalReviewSession implements ReviewSession {
    private final Database db;
    private final String user;
    private final Set<Role> roles;
    private final String office;
    private final CaseQueries cases;
    private final BatchImport imports;
    private final java.util.function.Supplier<Analyzer> analyzer;
    private final java.util.function.Supplier<BatchReader> reader;
    private final Clock clock;
    private final Keys keys;
    private final DutyRules rules;
    private final AccessCheck access;
    private final Place files;
    private int unlockFailures;

    /**
     * What the account commands need: the accounts' secrets (on the encrypted file, the key slots and a copy
     * of the file key, closed with the session; on a shared server, the password hashes).
     */
    record Keys(org.secondlook.review.accounts.AccountSecrets secrets, Runnable close,
                java.security.SecureRandom random, PasswordPolicy policy, LoginDelay delay) {
        /** The encrypted file's keys: a copy of the file key and the slot file. */
        static Keys ofFile(org.secondlook.store.FileKey fileKey, org.secondlook.store.KeySlotFile slots,
                           java.security.SecureRandom random, PasswordPolicy policy, LoginDelay delay) {
            return new Keys(new org.secondlook.review.accounts.SlotSecrets(fileKey, slots, random), fileKey::close,
                    random, policy, delay);
        }
    }

    /** The data directory (its key-slot file goes into a backup) and the file formats wired in {@code app}. */
    record Place(org.secondlook.store.DataDirectory dir, FileFormats formats) {
    }

    LocalReviewSession(Database db, String user, Set<Role> roles, String office,
                       java.util.function.Supplier<Analyzer> analyzer,
                       java.util.function.Supplier<BatchReader> reader,
                       Clock clock, Keys keys, ReasonCodeList reasonCodes, Place files) {
        this.files = files;
        this.db = db;
        this.user = user;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.office = office;
        this.access = new AccessCheck(new AccountStore(db), user);
        this.cases = new DatabaseCaseQueries(new CaseStore(db), access, new BlindQaRule(db, access), clock);
        this.imports = new DatabaseBatchImport(db, user, access, analyzer, reader, clock);
        this.analyzer = analyzer;
        this.reader = reader;
        this.clock = clock;
        this.keys = keys;
        this.rules = new DutyRules(clock.getZone(), reasonCodes);
    }

    @Override
    public OversightService oversight() {
        return new DatabaseOversight(db, user, clock,
                List.of(new org.secondlook.review.remediation.TrainingFigures(remediation())));
    }

    @Override
    public QaService qa() {
        return new DatabaseQa(db, user, clock, rules.reasons());
    }

    @Override
    public DecisionService decisions() {
        return new DatabaseDecisions(db, user, clock, rules);
    }

    @Override
    public SignOffService signOffs() {
        return new DatabaseSignOffs(db, user, clock, rules, new QaSampler(keys.random()));
    }

    @Override
    public AccountService accounts() {
        return new DatabaseAccounts(db, user, clock, keys.secrets(), keys.policy());
    }

    @Override
    public AuditTrail audit() {
        return new DatabaseAuditTrail(db, user);
    }

    @Override
    public java.util.Map<String, String> reasonCodes() {
        return rules.reasons().codes();
    }

    @Override
    public ReasonCodeList reasons() {
        return rules.reasons();
    }

    /**
     * Whether {@code password} opens this account's key slot (the idle lock asks again). A wrong one
     * is audited at once (the database is open) and waits a growing delay; a disabled account's
     * destroyed slot opens with nothing.
     */
    @Override
    public boolean verifyPassword(char[] password) {
        if (keys.secrets().check(user, password)) {
            unlockFailures = 0;
            return true;
        }
        unlockFailures++;
        new AccountStore(db).audit(clock.instant(), user, "UNLOCK_FAILED", null,
                "wrong password at the idle lock of account " + user);
        keys.delay().pause(unlockFailures);
        return false;
    }

    @Override
    public String userName() {
        return user;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    @Override
    public boolean may(Permission permission) {
        return access.allows(permission);
    }

    @Override
    public String officeName() {
        return office;
    }

    @Override
    public CaseQueries cases() {
        return cases;
    }

    @Override
    public BatchImport imports() {
        return imports;
    }

    /** The session's database, for tests in this package that set up what no service does (a crash's leftovers). */
    Database database() {
        return db;
    }

    /** The import service acting as another (stored) account on this open database (tests of the role rules). */
    DatabaseBatchImport importsAs(String actor) {
        return new DatabaseBatchImport(db, actor, new AccessCheck(new AccountStore(db), actor), analyzer, reader, clock);
    }

    @Override
    public StatusReport status() {
        access.require(Permission.VIEW_CASES);
        var totals = new CaseStore(db).totals();
        var imports = new ImportRunStore(db).latest(5).stream().map(LocalReviewSession::summary).toList();
        var accounts = new AccountStore(db).all().stream()
                .map(u -> new StatusReport.Account(u.getName(), u.getRoles(), u.isEnabled())).toList();
        return new StatusReport(totals.cases(), totals.byState(), totals.byLabel(), totals.byOffice(), imports, accounts);
    }

    private static StatusReport.ImportSummary summary(ImportRun r) {
        return new StatusReport.ImportSummary(r.getFileName(), r.getImportedBy(), r.getStartedAt(), r.getFinishedAt(),
                r.getNewCount(), r.getUpdatedCount(), r.getUnchangedCount(), r.getRejectedCount());
    }

    @Override
    public AuditCheck verifyAudit() {
        access.require(Permission.READ_AUDIT);
        return auditTrail();
    }

    /** The chain check without the role check (tests, login). */
    AuditCheck auditTrail() {
        AuditVerifier.Result r = new AuditVerifier(db).verify();
        return new AuditCheck(r.events(), r.firstBrokenSeq(), r.problem());
    }

    /** Consistency counts (crash tests, a future {@code check} command). */
    org.secondlook.store.CrashChecks.Counts crashChecks() {
        return new org.secondlook.store.CrashChecks(db).counts();
    }

    @Override
    public org.secondlook.review.exchange.Exports exports() {
        return new DatabaseExports(db, user, access, office, clock);
    }

    @Override
    public org.secondlook.review.remediation.RemediationService remediation() {
        return new org.secondlook.review.remediation.DatabaseRemediation(db, user, clock);
    }

    @Override
    public ExchangeService exchange() {
        return new ExchangeService(exports(), files.formats().requireExchange(), office);
    }

    @Override
    public BackupService backups() {
        return new BackupService(db, user, access, clock, files.dir(), files.formats().requireBackup());
    }

    @Override
    public StoreMove moveToServer(org.secondlook.store.ServerAddress server, char[] databasePassword) {
        access.require(Permission.MANAGE_ACCOUNTS);
        if (db.vendor() != org.secondlook.store.Vendor.H2
                || !(keys.secrets() instanceof org.secondlook.review.accounts.SlotSecrets slots)) {
            throw new InvalidInputException("This database is on a server already: migrate-store moves an office's"
                    + " encrypted file (run it with --data-dir, without --database).");
        }
        return StoreMove.run(db, user, clock, slots.slots(), server, databasePassword);
    }

    @Override
    public void close() {
        keys.close().run();
        db.close();
    }
}
