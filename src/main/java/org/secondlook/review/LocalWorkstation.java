package org.secondlook.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;
import org.secondlook.intake.BatchReader;
import org.secondlook.store.AccountStore;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.Database;
import org.secondlook.store.EngineWarmUp;
import org.secondlook.store.FileKey;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeySlotFile;
import org.secondlook.store.OwnerOnly;
import org.secondlook.store.SessionFactoryBoot;
import org.secondlook.store.KeyWrapping;
import org.secondlook.store.WrongKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.review.accounts.LoginDelay;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.backup.BackupService;
import org.secondlook.review.decisions.ReasonCodeList;

/**
 * The workstation on one data directory: creates the encrypted database with its first key slot,
 * and logs in by unwrapping the account's slot and opening the database with the file key.
 */
public final class LocalWorkstation implements Workstation {
    private static final Logger LOG = LoggerFactory.getLogger(LocalWorkstation.class);
    static final String WRONG_CREDENTIALS = "The user name or password is not correct.";
    private static final int MAX_NAME = 64;

    private final DataDirectory dir;
    private final Supplier<Analyzer> analyzer;
    private final Supplier<BatchReader> reader;
    private final Clock clock;
    private final LoginDelay loginDelay;
    private final SecureRandom random;
    private final PasswordPolicy passwordPolicy;
    private final KeySlotFile slots;
    private final ReasonCodeList reasonCodes;
    private final FileFormats formats;

    public LocalWorkstation(DataDirectory dir, Analyzer analyzer, BatchReader reader, Clock clock,
                            Duration failureDelay, SecureRandom random, PasswordPolicy passwordPolicy) {
        this(dir, analyzer, reader, clock, LoginDelay.growing(failureDelay), random, passwordPolicy);
    }

    public LocalWorkstation(DataDirectory dir, Analyzer analyzer, BatchReader reader, Clock clock,
                            LoginDelay loginDelay, SecureRandom random, PasswordPolicy passwordPolicy) {
        this(dir, analyzer, reader, clock, loginDelay, random, passwordPolicy, ReasonCodeList.standard());
    }

    /** With the reason codes in force (the office's {@code config/} list or the built-in one). */
    public LocalWorkstation(DataDirectory dir, Analyzer analyzer, BatchReader reader, Clock clock,
                            LoginDelay loginDelay, SecureRandom random, PasswordPolicy passwordPolicy,
                            ReasonCodeList reasonCodes) {
        this(dir, () -> analyzer, () -> reader, clock, loginDelay, random, passwordPolicy, reasonCodes, FileFormats.NONE);
    }

    /**
     * {@code analyzer} and {@code reader} are asked for only when an import needs them: building the
     * default analyzer reads the policy and lexicons, and the reader loads the JSON and Excel
     * libraries (together more than a second), which a login that only reads never needs. {@code formats}
     * writes and reads the workbook, the package and the backup (wired in {@code app}).
     */
    public LocalWorkstation(DataDirectory dir, Supplier<Analyzer> analyzer, Supplier<BatchReader> reader, Clock clock,
                            LoginDelay loginDelay, SecureRandom random, PasswordPolicy passwordPolicy,
                            ReasonCodeList reasonCodes, FileFormats formats) {
        this.reasonCodes = reasonCodes;
        this.formats = formats;
        this.dir = dir;
        this.analyzer = analyzer;
        this.reader = reader;
        this.clock = clock;
        this.loginDelay = loginDelay;
        this.random = random;
        this.passwordPolicy = passwordPolicy;
        this.slots = new KeySlotFile(dir.keySlotFile());
    }

    public DataDirectory dataDirectory() {
        return dir;
    }

    @Override
    public boolean isInitialized() {
        return dir.isInitialized();
    }

    @Override
    public void initialize(String adminName, char[] password, String officeName) {
        String admin = checkName(adminName, "The administrator's name");
        String office = officeName == null || officeName.isBlank() ? "Second Look" : officeName.strip();
        if (office.length() > 200) {
            throw new InvalidInputException("The office name must be at most 200 characters.");
        }
        passwordPolicy.check(admin, password);
        if (Files.exists(dir.databaseFile()) || slots.exists()) {
            if (isInitialized()) {
                throw new InvalidInputException("A database already exists in " + dir
                        + ": log in, or choose another data directory.");
            }
            removeLeftovers();
        }
        try {
            Files.createDirectories(dir.root());
            ownerOnly(dir.root());
        } catch (IOException e) {
            throw new InvalidInputException("The data directory " + dir + " cannot be created: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        try (FileKey key = FileKey.random(random);
             Database db = Database.create(dir, key)) {
            new AccountStore(db).initialize(admin, EnumSet.of(Role.ADMIN), office, now);
            KeySlot slot = new KeyWrapping(random).wrap(admin, password, key);
            slots.update(list -> List.of(slot));
        }
        OwnerOnly.applyTree(dir.root());
        LOG.info("Initialized a new database");
    }

    /**
     * Restores a backup into this (empty) data directory; the accounts and passwords are those at the
     * time of the backup. A damaged backup, or a folder that is not empty, is refused with one sentence.
     *
     * @return the names of the files restored
     */
    @Override
    public List<String> restore(java.nio.file.Path backup) {
        return BackupService.restore(formats.requireBackup(), backup, dir);
    }

    /** The name stripped, or a refusal saying what a name may hold. */
    public static String checkName(String name, String what) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || !n.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new InvalidInputException(what + " must be 1 to " + MAX_NAME
                    + " letters, digits, dots, dashes or underscores.");
        }
        return n;
    }

    /** On POSIX file systems the data directory is readable by its owner only. */
    private static void ownerOnly(java.nio.file.Path root) throws IOException {
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A database without slots (or slots without a database) from an interrupted first start. */
    private void removeLeftovers() {
        try {
            Files.deleteIfExists(dir.databaseFile());
            Files.deleteIfExists(dir.keySlotFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ReviewSession login(String user, char[] password) throws AuthenticationException {
        return login(user, password, true);
    }

    @Override
    public ReviewSession loginToRead(String user, char[] password) throws AuthenticationException {
        return login(user, password, false);
    }

    /** {@code bootAhead}: Hibernate starts on a second core while the key is derived (the window, commands that write). */
    private ReviewSession login(String user, char[] password, boolean bootAhead) throws AuthenticationException {
        long t0 = System.nanoTime();
        if (!isInitialized()) {
            throw new InvalidInputException("There is no database in " + dir + " yet: create one with 'init'.");
        }
        dir.requireWritable();
        String name = user == null ? "" : user.strip();
        Optional<FileKey> key;
        SessionFactoryBoot boot;
        long derived;
        try (KeySlotFile.Guard checking = slots.guard()) { // one check at a time, across processes too
            Optional<KeySlot> slot = slots.find(name);
            KeyWrapping wrapping = new KeyWrapping(random);
            if (slot.isEmpty()) {
                wrapping.burn(password);
                throw failed(null);
            }
            if (bootAhead) {
                boot = Database.boot(); // Hibernate starts on another core while the key is derived
            } else {
                boot = Database.onDemand();
                EngineWarmUp.start(); // the other core loads H2 meanwhile
            }
            long beforeKey = System.nanoTime();
            key = wrapping.unwrap(slot.get(), password);
            derived = System.nanoTime();
            LOG.info("Key slot unwrapped in {} ms (Argon2id)", (derived - beforeKey) / 1_000_000);
            if (key.isEmpty()) {
                boot.cancel();
                throw failed(name);
            }
        }
        Database db;
        try {
            db = Database.open(dir, key.get(), boot, bootAhead); // a read-only login leaves compaction to writers
        } catch (WrongKeyException e) {
            key.get().close();
            throw failed(name);
        }
        try (FileKey k = key.get()) {
            AccountStore accounts = new AccountStore(db);
            Optional<User> account = accounts.find(name);
            if (account.isEmpty() || !account.get().isEnabled()) {
                db.close();
                throw failed(name);
            }
            foldFailures(accounts, name);
            SearchCatchUp.run(db); // versions an interrupted import or an older release left unindexed
            String office = accounts.setting(OfficeSetting.OFFICE_NAME, "Second Look");
            OwnerOnly.applyTree(dir.root());
            long now = System.nanoTime();
            LOG.info("Logged in in {} ms (after the key: {} ms; Hibernate {})", (now - t0) / 1_000_000,
                    (now - derived) / 1_000_000, bootAhead ? "built ahead" : "built on demand only");
            return new LocalReviewSession(db, account.get().getName(), account.get().getRoles(), office, analyzer, reader,
                    clock, LocalReviewSession.Keys.ofFile(key.get().copy(), slots, random, passwordPolicy, loginDelay), reasonCodes,
                    new LocalReviewSession.Place(dir, formats));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Failed logins counted in the slot file are written into the audit trail and cleared. */
    private void foldFailures(AccountStore accounts, String name) {
        if (slots.find(name).map(s -> s.failedLogins() == 0).orElse(true)) {
            return; // nothing to fold: the slot file is not rewritten (and synced) at every login
        }
        List<KeySlot> failedSlots = new ArrayList<>();
        slots.update(list -> {
            List<KeySlot> next = new ArrayList<>();
            for (KeySlot s : list) {
                if (s.account().equals(name) && s.failedLogins() > 0) {
                    failedSlots.add(s);
                    next.add(KeyWrapping.cleared(s));
                } else {
                    next.add(s);
                }
            }
            return next;
        });
        for (KeySlot s : failedSlots) {
            accounts.audit(clock.instant(), name, "LOGIN_FAILED", null,
                    s.failedLogins() + " failed login(s) for account " + name + ", the last at " + s.lastFailureAt());
        }
    }

    private AuthenticationException failed(String account) {
        int failures = 1;
        if (account != null) {
            String at = clock.instant().toString();
            int[] count = {1};
            try {
                slots.update(list -> list.stream().map(s -> {
                    if (!s.account().equals(account)) {
                        return s;
                    }
                    KeySlot f = KeyWrapping.failed(s, at);
                    count[0] = f.failedLogins();
                    return f;
                }).toList());
            } catch (UncheckedIOException e) {
                LOG.warn("Could not record a failed login in the key-slot file: {}", LogSafe.describe(e));
            }
            failures = count[0];
        }
        LOG.info("A login failed");
        loginDelay.pause(failures);
        return new AuthenticationException(WRONG_CREDENTIALS);
    }
}
