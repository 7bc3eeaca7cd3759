package org.secondlook.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;
import org.secondlook.intake.BatchReader;
import org.secondlook.review.accounts.HashSecrets;
import org.secondlook.review.accounts.LoginDelay;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.store.AccountStore;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeyWrapping;
import org.secondlook.store.PasswordHashes;
import org.secondlook.store.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation on a shared PostgreSQL server: the same accounts, roles and services as on the encrypted
 * file, with an Argon2id password hash per account in the database instead of a key slot (there is no file
 * key: the server's own protections hold the data at rest). The data directory holds the log and preferences.
 */
public final class ServerWorkstation implements Workstation {
    private static final Logger LOG = LoggerFactory.getLogger(ServerWorkstation.class);

    /** What every workstation is built with, whichever store it opens. */
    public record Parts(Supplier<Analyzer> analyzer, Supplier<BatchReader> reader, Clock clock, LoginDelay loginDelay,
                        SecureRandom random, PasswordPolicy passwordPolicy, ReasonCodeList reasonCodes,
                        FileFormats formats) {
    }

    private final DataDirectory dir;
    private final ServerAddress server;
    private final char[] databasePassword;
    private final Parts parts;

    /** {@code databasePassword} may be null: PostgreSQL's password file or service file gives it. */
    public ServerWorkstation(DataDirectory dir, ServerAddress server, char[] databasePassword, Parts parts) {
        this.dir = dir;
        this.server = server;
        this.databasePassword = databasePassword == null ? null : databasePassword.clone();
        this.parts = parts;
    }

    public ServerAddress server() {
        return server;
    }

    public DataDirectory dataDirectory() {
        return dir;
    }

    /** Opens the server, migrating its schema (an empty database gets the whole schema). */
    public Database open() {
        return Database.openServer(server, databasePassword);
    }

    @Override
    public boolean isInitialized() {
        try (Database db = open()) {
            return !new AccountStore(db).all().isEmpty();
        }
    }

    @Override
    public void initialize(String adminName, char[] password, String officeName) {
        String admin = LocalWorkstation.checkName(adminName, "The administrator's name");
        String office = officeName == null || officeName.isBlank() ? "Second Look" : officeName.strip();
        if (office.length() > 200) {
            throw new InvalidInputException("The office name must be at most 200 characters.");
        }
        parts.passwordPolicy().check(admin, password);
        try (Database db = open()) {
            AccountStore accounts = new AccountStore(db);
            if (!accounts.all().isEmpty()) {
                throw new InvalidInputException("The database " + server + " holds an installation already: log in,"
                        + " or name an empty database.");
            }
            accounts.initialize(admin, EnumSet.of(Role.ADMIN), office, parts.clock().instant());
            new HashSecrets(new PasswordHashes(db), parts.random()).issue(admin, password);
        }
        LOG.info("Initialized the schema on a database server");
    }

    @Override
    public ReviewSession login(String user, char[] password) throws AuthenticationException {
        String name = user == null ? "" : user.strip();
        Database db = open();
        try {
            PasswordHashes hashes = new PasswordHashes(db);
            KeyWrapping wrapping = new KeyWrapping(parts.random());
            Optional<KeySlot> hash = hashes.find(name);
            boolean right = hash.isPresent() ? wrapping.matches(hash.get(), password) : burn(wrapping, password);
            AccountStore accounts = new AccountStore(db);
            Optional<User> account = right ? accounts.find(name).filter(User::isEnabled) : Optional.empty();
            if (account.isEmpty()) {
                int failures = hash.isPresent() ? hashes.failed(name, parts.clock().instant().toString()) : 1;
                LOG.info("A login failed");
                parts.loginDelay().pause(failures);
                throw new AuthenticationException(LocalWorkstation.WRONG_CREDENTIALS);
            }
            hashes.takeFailures(name).ifPresent(f -> accounts.audit(parts.clock().instant(), name, "LOGIN_FAILED", null,
                    f.failedLogins() + " failed login(s) for account " + name + ", the last at " + f.lastFailureAt()));
            SearchCatchUp.run(db);
            String office = accounts.setting(OfficeSetting.OFFICE_NAME, "Second Look");
            LOG.info("Logged in");
            return new LocalReviewSession(db, account.get().getName(), account.get().getRoles(), office, parts.analyzer(),
                    parts.reader(), parts.clock(), new LocalReviewSession.Keys(new HashSecrets(hashes, parts.random()),
                    () -> { }, parts.random(), parts.passwordPolicy(), parts.loginDelay()), parts.reasonCodes(),
                    new LocalReviewSession.Place(dir, parts.formats()));
        } catch (RuntimeException | AuthenticationException e) {
            db.close();
            throw e;
        }
    }

    private static boolean burn(KeyWrapping wrapping, char[] password) {
        wrapping.burn(password);
        return false;
    }

    /** A server is backed up and restored with its own tools, never by this application. */
    @Override
    public java.util.List<String> restore(java.nio.file.Path backup) {
        throw new InvalidInputException(ServerAddress.NO_FILE_BACKUP);
    }
}
