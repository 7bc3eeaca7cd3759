package org.secondlook.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster for the tests: made with the distribution's {@code initdb} in a temporary
 * folder, started with {@code pg_ctl} on a free local port with TLS only (a CA and a server certificate made
 * here with {@code openssl}; {@code pg_hba.conf} accepts nothing but {@code hostssl}), and stopped and deleted
 * when the test run ends. Each {@link #database()} is a fresh, empty database on it, reached with
 * {@code sslmode=verify-full} against that CA. Run as root, the cluster belongs to the {@code postgres} account.
 *
 * <p>Where the binaries are missing, tests that need the server are skipped, except when {@code CI=true}:
 * then they fail, so that CI never passes without having run them.
 */
public final class PostgresServer implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresServer.class);
    private static final String SUPERUSER = "secondlook_test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile ExtensionContext.Store root;

    /** A fresh database on the cluster: its URL (with TLS) and a file holding the password. */
    public record Db(String url, Path passwordFile, char[] password, String name) {
        public ServerAddress address() {
            return ServerAddress.parse(url);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        root = context.getRoot().getStore(NS);
    }

    /** Whether the PostgreSQL binaries are here (else the tests needing them are skipped, or fail on CI). */
    public static boolean available() {
        return binaries().isPresent();
    }

    /** A new, empty database on the cluster started for this run (the test class carries this extension). */
    public static Db database() {
        ExtensionContext.Store store = root;
        if (store == null) {
            throw new IllegalStateException("Add @ExtendWith(PostgresServer.class) to the test class.");
        }
        // Started at the first test that needs it (only the PostgreSQL runs are skipped where it cannot start).
        Cluster c = store.getOrComputeIfAbsent(Cluster.class, k -> Cluster.start(), Cluster.class);
        return c.newDatabase("t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
    }

    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int versionOf(String name) {
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    /** The started cluster; stopped and deleted when the test run ends. */
    static final class Cluster implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Path bin;
        private final Path dir;
        private final int port;
        private final char[] password;
        private final boolean asRoot;

        private Cluster(Path bin, Path dir, int port, char[] password, boolean asRoot) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
            this.password = password;
            this.asRoot = asRoot;
        }

        static Cluster start() {
            Optional<Path> bin = binaries();
            if (bin.isEmpty()) {
                String why = "PostgreSQL's binaries are not installed (apt-get install postgresql)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(why + ": CI must run the PostgreSQL tests.");
                }
                Assumptions.abort(why + ": the PostgreSQL tests are skipped here.");
            }
            try {
                return start(bin.get());
            } catch (IOException e) {
                throw new IllegalStateException("The test cluster could not be started: " + e.getMessage(), e);
            }
        }

        private static Cluster start(Path bin) throws IOException {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("secondlook-pg");
            char[] password = ("pw-" + java.util.UUID.randomUUID()).toCharArray();
            Path tls = Files.createDirectories(dir.resolve("tls"));
            openssl(tls);
            Path pwFile = dir.resolve("superuser.pw");
            Files.writeString(pwFile, new String(password), StandardCharsets.UTF_8);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), null);
            }
            Cluster c = new Cluster(bin, dir, freePort(), password, root);
            c.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                    "--pwfile=" + pwFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
            Files.writeString(dir.resolve("data/pg_hba.conf"),
                    "hostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n");
            c.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + c.port + " -k " + dir + " -c listen_addresses=localhost -c ssl=on"
                            + " -c ssl_cert_file=" + tls.resolve("server.crt") + " -c ssl_key_file=" + tls.resolve("server.key")
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(c::stop)); // also when the JVM ends without the store closing
            return c;
        }

        /** A CA and a server certificate for localhost and 127.0.0.1, signed by it. */
        private static void openssl(Path tls) throws IOException {
            String d = tls.toString();
            run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Second Look test CA",
                    "-keyout", d + "/ca.key", "-out", d + "/ca.crt"), null);
            run(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                    "-keyout", d + "/server.key", "-out", d + "/server.csr"), null);
            Files.writeString(tls.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
            run(List.of("openssl", "x509", "-req", "-in", d + "/server.csr", "-CA", d + "/ca.crt", "-CAkey", d + "/ca.key",
                    "-CAcreateserial", "-days", "2", "-extfile", d + "/san.ext", "-out", d + "/server.crt"), null);
            Files.setPosixFilePermissions(tls.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }

        Db newDatabase(String name) {
            try (Connection c = DriverManager.getConnection(url("postgres"), props());
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("The test database could not be created", e);
            }
            try {
                Path pw = Files.createTempFile("secondlook-dbpw", ".txt");
                Files.writeString(pw, new String(password) + "\n");
                pw.toFile().deleteOnExit();
                return new Db(url(name) + "?user=" + SUPERUSER + "&sslmode=verify-full&sslrootcert="
                        + dir.resolve("tls/ca.crt"), pw, password.clone(), name);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String url(String db) {
            return "jdbc:postgresql://localhost:" + port + "/" + db;
        }

        private Properties props() {
            Properties p = new Properties();
            p.setProperty("user", SUPERUSER);
            p.setProperty("password", new String(password));
            p.setProperty("sslmode", "verify-full");
            p.setProperty("sslrootcert", dir.resolve("tls/ca.crt").toString());
            return p;
        }

        private void pg(List<String> command) throws IOException {
            List<String> c = new ArrayList<>();
            if (asRoot) {
                c.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            c.addAll(command);
            run(c, dir);
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }

        private static void run(List<String> command, Path logDir) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            Path out = Files.createTempFile("secondlook-pg-cmd", ".log");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IOException(command.get(Math.min(command.size() - 1, command.get(0).equals("runuser") ? 3 : 0))
                            + " failed: " + Files.readString(out));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                Files.deleteIfExists(out);
            }
        }

        private synchronized void stop() {
            if (!Files.isDirectory(dir.resolve("data"))) {
                return;
            }
            try {
                pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
            } catch (IOException e) {
                // the server may be gone already; the folder is removed all the same
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: left for the system to clear
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
