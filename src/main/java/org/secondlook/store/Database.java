package org.secondlook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Decision;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ImportRun;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.QaReview;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ReviewStateConverter;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: its connection pool ({@link H2Pool}, {@link ServerPool}), Flyway migrations run on it,
 * then a Hibernate session factory that validates the mappings against the migrated schema. All H2 specifics
 * live here.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String H2_USER = "SECONDLOOK";
    static final int BATCH_SIZE = 50;
    /** H2's page cache: enough for the queue's indexes at 200,000 cases (H2's default is 16 MiB). */
    static final int CACHE_KIB = 96 * 1024;

    static final List<Class<?>> ENTITIES = List.of(User.class, OfficeSetting.class, Applicant.class,
            ResumeVersion.class, ScreeningFlag.class, Finding.class, Decision.class, SignOff.class,
            AuditEvent.class, ImportRun.class, QaReview.class, ReviewStateConverter.class,
            org.secondlook.domain.RemediationRecord.class, org.secondlook.domain.RemediationMove.class,
            org.secondlook.domain.RemediationEvidence.class);

    private final DataSource source;
    private final Runnable closePool;
    private final SessionFactoryBoot sessionFactory;
    private final Vendor vendor;

    private java.nio.file.Path folder;

    private Database(H2Pool pool, SessionFactoryBoot sessionFactory) {
        this(pool, pool::close, sessionFactory, Vendor.H2);
    }

    private Database(DataSource source, Runnable closePool, SessionFactoryBoot sessionFactory, Vendor vendor) {
        this.source = source;
        this.closePool = closePool;
        this.sessionFactory = sessionFactory;
        this.vendor = vendor;
    }

    /** The database this store runs on. */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Opens the shared PostgreSQL server at {@code address}, migrating its schema to the current one (an
     * empty database gets the whole schema). {@code password} may be null: then PostgreSQL's password file
     * or service file gives it, as the driver finds them.
     *
     * @throws StorageFailedException when the server cannot be reached or refuses the connection (exit 6)
     */
    public static Database openServer(ServerAddress address, char[] password) {
        return ServerPool.open(address, password, (source, close) -> {
            try {
                if (!SchemaVersion.isCurrent(source, Vendor.POSTGRESQL)) {
                    ServerPrerequisites.check(source, address);
                }
                boolean migrated = Migrations.ifNeeded(source, address.url());
                return new Database(source, close, SessionFactoryBoot.of(buildSessionFactory(source, migrated, true)),
                        Vendor.POSTGRESQL);
            } catch (RuntimeException e) {
                close.run();
                throw e;
            }
        });
    }

    /** The folder holding the database file (named in a full-disk message); null for a server. */
    public java.nio.file.Path folder() {
        return folder;
    }

    private Database at(DataDirectory dir) {
        this.folder = dir.root();
        return this;
    }

    /**
     * The H2 URL for a data directory: encrypted, no trace file, shared with other processes, durable commits,
     * and a page cache of {@value #CACHE_KIB} KiB so the queue's indexes stay decrypted in memory.
     */
    static String url(DataDirectory dir, boolean mustExist) {
        return "jdbc:h2:file:" + dir.databaseBase() + ";CIPHER=AES;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=30000"
                + ";CACHE_SIZE=" + CACHE_KIB + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /**
     * {@link #url} without H2's housekeeping at close. By default H2 compacts the file when the last
     * connection closes: at least one round that rewrites up to 16 MiB of sparsely filled chunks,
     * decrypting and encrypting every page, whatever the time limit. After a large import that made a
     * {@code status} take seconds longer for several runs (each run paying one round). A command that
     * only reads leaves that to the next process that writes (a command or the window). The same holds for
     * H2's background compaction of sparse chunks ({@code AUTO_COMPACT_FILL_RATE}): on a loaded machine a read-only
     * session open for more than a second let it rewrite a chunk of the file it only read.
     */
    static String urlWithoutCompaction(DataDirectory dir) {
        return url(dir, true) + ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
    }

    /** Creates the encrypted database file and its schema; fails if one exists. */
    public static Database create(DataDirectory dir, FileKey key) {
        if (java.nio.file.Files.exists(dir.databaseFile())) {
            throw new IllegalStateException("A database already exists in " + dir);
        }
        return open(url(dir, false), key).at(dir);
    }

    /**
     * Opens the existing database with {@code key}, migrating it to the current schema.
     *
     * @throws WrongKeyException when H2 refuses the key (wrong file key or user password)
     */
    public static Database open(DataDirectory dir, FileKey key) throws WrongKeyException {
        try {
            return open(url(dir, true), key).at(dir);
        } catch (RuntimeException e) {
            KeyRefusals.check(e);
            throw e;
        }
    }

    /**
     * Starts building the session factory on another thread (loading and setting up Hibernate takes
     * seconds), so that it is ready by the time the caller has derived the file key and opened the
     * file: pass it to {@link #open(DataDirectory, FileKey, SessionFactoryBoot)}, or
     * {@link SessionFactoryBoot#cancel()} it. Built without reading the database (the H2 dialect is
     * named), so it needs no key.
     */
    public static SessionFactoryBoot boot() {
        return onDemand().ahead();
    }

    /**
     * A session factory built only when some work first needs it: a command that only reads runs on
     * plain JDBC ({@link #jdbc}) and never starts Hibernate.
     */
    public static SessionFactoryBoot onDemand() {
        return new SessionFactoryBoot(source -> buildSessionFactory(source, false, false));
    }

    /**
     * {@link #open(DataDirectory, FileKey)} with a session factory already being built: the same
     * checks and migrations, and the same mappings validated against the schema whenever Flyway ran.
     *
     * @throws WrongKeyException when H2 refuses the key (wrong file key or user password)
     */
    public static Database open(DataDirectory dir, FileKey key, SessionFactoryBoot boot) throws WrongKeyException {
        return open(dir, key, boot, true);
    }

    /**
     * {@link #open(DataDirectory, FileKey, SessionFactoryBoot)}; {@code compactOnClose} false for a
     * command that only reads, so that its close does not rewrite the file ({@link #urlWithoutCompaction}).
     */
    public static Database open(DataDirectory dir, FileKey key, SessionFactoryBoot boot, boolean compactOnClose)
            throws WrongKeyException {
        String url = compactOnClose ? url(dir, true) : urlWithoutCompaction(dir);
        H2Pool pool;
        try {
            long t0 = System.nanoTime();
            pool = H2Pool.open(url, H2_USER, new String(key.h2Password()));
            try {
                try (Connection c = pool.getConnection()) {
                    c.isValid(1);
                }
                long t1 = System.nanoTime();
                Migrations.Upgraded upgraded = Migrations.ifNeeded(pool, dir, url,
                        () -> H2Pool.open(url, H2_USER, new String(key.h2Password())));
                pool = upgraded.pool();
                boolean migrated = upgraded.migrated();
                DeferredIndexes.restoreLeftOver(pool);
                LOG.info("Database opened in {} ms, schema checked in {} ms{}", (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000, migrated ? " (migrated)" : "");
                boot.open(pool);
                if (migrated) {
                    SessionFactory factory = boot.get();
                    try {
                        factory.getSchemaManager().validateMappedObjects();
                    } catch (RuntimeException e) {
                        factory.close();
                        throw e;
                    }
                }
                return new Database(pool, boot).at(dir);
            } catch (SQLException e) {
                pool.close();
                throw new StoreException("The database cannot be opened", e);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (RuntimeException e) {
            boot.cancel();
            KeyRefusals.check(e);
            throw e;
        }
    }

    private static Database open(String url, FileKey key) {
        H2Pool pool = H2Pool.open(url, H2_USER, new String(key.h2Password()));
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            boolean migrated = Migrations.ifNeeded(pool, url);
            DeferredIndexes.restoreLeftOver(pool);
            return new Database(pool, SessionFactoryBoot.of(buildSessionFactory(pool, migrated, true)));
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("The database cannot be opened", e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The session factory; it validates the mappings against the schema when Flyway has just run
     * (a schema already current was validated when it was migrated, and the tests validate every mapping).
     */
    private static SessionFactory buildSessionFactory(DataSource dataSource, boolean validate, boolean readDatabase) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder();
        if (!readDatabase) { // what Hibernate would otherwise read from the connection: H2 and its version
            builder.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "H2")
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, org.h2.engine.Constants.VERSION);
        }
        StandardServiceRegistry registry = builder
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, validate ? "validate" : "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return RequiredSecondaryRows.apply(sources.buildMetadata()).buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Hibernate's session factory, built on the first call unless it was built ahead. */
    public SessionFactory sessionFactory() {
        return sessionFactory.get();
    }

    public void inTransaction(Consumer<Session> work) {
        sessionFactory().inTransaction(work);
    }

    public <R> R fromTransaction(Function<Session, R> work) {
        return sessionFactory().fromTransaction(work);
    }

    public <R> R fromStatelessTransaction(Function<StatelessSession, R> work) {
        return sessionFactory().fromStatelessTransaction(work);
    }

    /** Work on one connection of the pool in one transaction, without Hibernate: committed when it returns, else rolled back. */
    public <R> R jdbc(SqlWork<R> work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                R result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("The database could not be read or written", e);
        }
    }

    /**
     * One statement's read, without Hibernate. On the server it runs in autocommit: a single statement sees one
     * snapshot anyway, and the COMMIT a transaction would need is a round trip of its own, each one a wait for a
     * core when twenty reviewers share the server's (issue 17). On the file it is {@link #jdbc}: there a read's
     * commit costs nothing and the pool's rules for what it gives back stay as they are.
     */
    public <R> R readOne(SqlWork<R> work) {
        if (vendor != Vendor.POSTGRESQL) {
            return jdbc(work);
        }
        try (Connection c = source.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("The database could not be read or written", e);
        }
    }

    /**
     * A connection of the pool for one long read (an export's stream), in a transaction of its own, its results
     * streamed ({@link Vendor#streamResults}): PostgreSQL streams a result with a fetch size only in a
     * transaction, H2 only in a lazy session. The caller ends it with {@link #endReading}.
     */
    Connection readingConnection() {
        try {
            Connection c = source.getConnection();
            try {
                vendor.streamResults(c, true);
                c.setAutoCommit(false);
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("The database could not be read", e);
        }
    }

    /**
     * Ends a {@link #readingConnection()}: rolls its transaction back (it wrote nothing), turns streaming off
     * again and gives the connection back to the pool.
     */
    void endReading(Connection c) throws SQLException {
        try (c) {
            c.rollback();
            c.setAutoCommit(true);
            vendor.streamResults(c, false);
        }
    }

    /**
     * Takes {@code table}'s plain indexes off until the returned handle is closed, which builds them again in bulk
     * (H2 only; null on PostgreSQL, which keeps its indexes). See {@link DeferredIndexes}.
     */
    DeferredIndexes deferIndexes(String table) {
        return DeferredIndexes.defer(this, source, table);
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<R> {
        R apply(Connection c) throws SQLException;
    }

    /** Whether Hibernate was started for this database (tests of the plain-JDBC paths). */
    public boolean hibernateStarted() {
        return sessionFactory.started();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            closePool.run();
        }
    }
}
