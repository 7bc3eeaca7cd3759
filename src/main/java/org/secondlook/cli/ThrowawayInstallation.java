package org.secondlook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.secondlook.review.AuthenticationException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.Workstation;
import org.secondlook.review.Workstations;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.ServerAddress;

/**
 * A temporary installation for a benchmark: a fresh encrypted database in a temporary folder with
 * one administrator whose random password lives only in memory, deleted again on close. Given a database
 * server (the global {@code --database}), the benchmark runs on that empty database instead, and the
 * temporary folder holds only the log and the benchmark's own files.
 */
public final class ThrowawayInstallation implements AutoCloseable {
    private static final String ADMIN = "bench";

    private final Path folder;
    private final Workstation workstation;
    private final char[] password;
    /** The database server, or null for the encrypted file in the folder. */
    private final ServerAddress server;
    private final char[] serverPassword;

    private ThrowawayInstallation(Path folder, Workstation workstation, ServerAddress server, char[] serverPassword) {
        this.folder = folder;
        this.workstation = workstation;
        this.server = server;
        this.serverPassword = serverPassword;
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.password = Base64.getEncoder().encodeToString(random).toCharArray();
    }

    public static ThrowawayInstallation create(Workstations workstations) throws IOException {
        Path folder = Files.createTempDirectory("secondlook-bench");
        return new ThrowawayInstallation(folder, workstations.open(folder.resolve("data")), null, null);
    }

    /**
     * On the database server the global options name ({@code --database}, {@code --database-password-file}),
     * which must be empty; without them, on a fresh encrypted file as {@link #create(Workstations)}.
     */
    static ThrowawayInstallation create(SecondLookCommand root) throws IOException {
        return create(root, root.serverAddress(), root.global().databasePasswordFile());
    }

    /** The same on {@code server} with the password in {@code pwFile} (either may be null), or on a fresh file. */
    static ThrowawayInstallation create(SecondLookCommand root, ServerAddress server, Path pwFile) throws IOException {
        if (server == null) {
            return create(root.context().workstations());
        }
        char[] serverPassword = pwFile == null ? null : Credentials.readPasswordFile(pwFile);
        Path folder = Files.createTempDirectory("secondlook-bench");
        Workstation ws = root.context().workstations().open(new DataDirectory(folder.resolve("data")), server,
                serverPassword == null ? null : serverPassword.clone());
        return new ThrowawayInstallation(folder, ws, server, serverPassword);
    }

    /** Which store the benchmark runs on: {@code h2} or {@code postgresql}. */
    public String storeName() {
        return server == null ? "h2" : "postgresql";
    }

    /** The temporary folder, for the benchmark's own files (its data directory is {@code data/} inside). */
    public Path folder() {
        return folder;
    }

    /** Size of the database file, in bytes (0 on a database server). */
    public long databaseBytes() throws IOException {
        Path file = folder.resolve("data").resolve("secondlook.mv.db");
        return server == null || !Files.exists(file) ? 0 : Files.size(file);
    }

    /** The data directory inside the folder. */
    public Path dataDirectory() {
        return folder.resolve("data");
    }

    /**
     * Who the administrator is, as a child process's environment takes it ({@code SECONDLOOK_USER},
     * {@code SECONDLOOK_PASSWORD}): the password never touches the disk.
     */
    public void credentialsInto(java.util.Map<String, String> environment) {
        environment.put(Credentials.USER_VARIABLE, ADMIN);
        environment.put(Credentials.PASSWORD_VARIABLE, new String(password));
    }

    /** The workstation the installation opens (to log in the accounts a benchmark adds). */
    Workstation workstation() {
        return workstation;
    }

    /** The administrator's password, which the accounts a benchmark adds may share (a copy). */
    char[] password() {
        return password.clone();
    }

    /** Logs in as the administrator, creating the database on first use. */
    public ReviewSession login() throws AuthenticationException {
        if (!workstation.isInitialized()) {
            workstation.initialize(ADMIN, password, "Benchmark");
        }
        return workstation.login(ADMIN, password);
    }

    /**
     * Opens the encrypted database directly with the administrator's key slot, for a benchmark that writes
     * bulk history no service would ({@link org.secondlook.store.BenchHistory}). Log in first; close it after.
     */
    public org.secondlook.store.Database openDatabase() throws org.secondlook.store.WrongKeyException {
        if (server != null) {
            return org.secondlook.store.Database.openServer(server, serverPassword == null ? null : serverPassword.clone());
        }
        org.secondlook.store.DataDirectory dir = new org.secondlook.store.DataDirectory(folder.resolve("data"));
        org.secondlook.store.KeySlot slot = new org.secondlook.store.KeySlotFile(dir.keySlotFile()).find(ADMIN)
                .orElseThrow(() -> new IllegalStateException("Log in once before opening the benchmark's database."));
        try (org.secondlook.store.FileKey key = new org.secondlook.store.KeyWrapping(new SecureRandom())
                .unwrap(slot, password.clone())
                .orElseThrow(() -> new IllegalStateException("The benchmark's key slot did not open."))) {
            return org.secondlook.store.Database.open(dir, key);
        }
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
