package org.secondlook.ui.fake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.secondlook.domain.Role;
import org.secondlook.review.AuthenticationException;
import org.secondlook.review.imports.BatchImport;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.decisions.DecisionService;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.Workstation;
import org.secondlook.review.accounts.AccountService;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.backup.BackupService;
import org.secondlook.review.cases.StatusReport;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.exchange.ExchangeService;
import org.secondlook.review.exchange.Exports;
import org.secondlook.review.oversight.OversightService;
import org.secondlook.review.qa.QaService;
import org.secondlook.review.remediation.RemediationService;

/** An in-memory Workstation for view-model and TestFX tests. */
public final class FakeWorkstation implements Workstation {
    private record Account(String password, Set<Role> roles) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    public final FakeCases cases = new FakeCases();
    public volatile String office = "Austin Field Office";
    public volatile boolean initialized = true;
    public volatile Path lastImported;

    public FakeWorkstation withUser(String name, String password, Role... roles) {
        accounts.put(name, new Account(password, Set.of(roles)));
        return this;
    }

    @Override
    public boolean isInitialized() {
        return initialized;
    }

    @Override
    public void initialize(String adminName, char[] password, String officeName) {
        if (initialized) {
            throw new InvalidInputException("A database already exists in this data directory.");
        }
        if (password.length < 12) {
            throw new InvalidInputException("The password is too short: use at least 12 characters.");
        }
        accounts.put(adminName, new Account(new String(password), Set.of(Role.ADMIN)));
        office = officeName;
        initialized = true;
    }

    @Override
    public ReviewSession login(String user, char[] password) throws AuthenticationException {
        Account a = accounts.get(user);
        if (a == null || !a.password().equals(new String(password))) {
            throw new AuthenticationException("The user name or password is wrong.");
        }
        return new Session(user, a.roles());
    }

    /** The session a fake login returns. */
    @Override
    public java.util.List<String> restore(java.nio.file.Path backup) {
        throw new UnsupportedOperationException("The fake workstation does not model restore.");
    }

    public final class Session implements ReviewSession {
        private final String user;
        private final Set<Role> roles;
        public final FakeDecisions decisions;

        Session(String user, Set<Role> roles) {
            this.user = user;
            this.roles = roles;
            this.decisions = new FakeDecisions(cases, user);
        }

        @Override
        public String userName() {
            return user;
        }

        @Override
        public Set<Role> roles() {
            return roles;
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
            return (file, progress) -> {
                lastImported = file;
                List<String> lines;
                try {
                    lines = Files.readAllLines(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                progress.rowsDone(lines.size(), 1.0);
                cases.add(Samples.deputy());
                cases.add(Samples.compliance());
                return new ImportReport(2, 0, 0, List.of(), List.of(), false);
            };
        }

        @Override
        public DecisionService decisions() {
            return decisions;
        }

        @Override
        public ReasonCodeList reasons() {
            return ReasonCodeList.standard();
        }

        @Override
        public boolean verifyPassword(char[] password) {
            Account a = accounts.get(user);
            return a != null && a.password().equals(new String(password));
        }

        // What the fake does not model: a view model test that needs it uses a real encrypted store.

        @Override
        public StatusReport status() {
            throw notModelled("status");
        }

        @Override
        public SignOffService signOffs() {
            throw notModelled("signOffs");
        }

        @Override
        public AccountService accounts() {
            throw notModelled("accounts");
        }

        @Override
        public AuditTrail audit() {
            throw notModelled("audit");
        }

        @Override
        public AuditCheck verifyAudit() {
            throw notModelled("verifyAudit");
        }

        @Override
        public Exports exports() {
            throw notModelled("exports");
        }

        @Override
        public ExchangeService exchange() {
            throw notModelled("exchange");
        }

        @Override
        public BackupService backups() {
            throw notModelled("backups");
        }

        @Override
        public org.secondlook.review.StoreMove moveToServer(org.secondlook.store.ServerAddress server, char[] password) {
            throw notModelled("moveToServer");
        }

        @Override
        public RemediationService remediation() {
            throw notModelled("remediation");
        }

        @Override
        public boolean keepsTrainingRecords() {
            return false;
        }

        @Override
        public OversightService oversight() {
            throw notModelled("oversight");
        }

        @Override
        public QaService qa() {
            throw notModelled("qa");
        }

        private UnsupportedOperationException notModelled(String what) {
            return new UnsupportedOperationException("The fake workstation does not model " + what + ".");
        }

        @Override
        public void close() {
        }
    }
}
