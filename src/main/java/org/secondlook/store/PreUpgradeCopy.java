package org.secondlook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted file as it was before an upgrade's migrations, kept beside it until they have all run.
 * H2 commits each DDL statement on its own, so an upgrade stopped half-way (kill -9, a power cut, a full
 * disk) would leave a schema that Flyway can neither finish nor run again, and the file would no longer
 * open. With the copy, the next start puts the file back as it was and runs the upgrade again. The copy is
 * H2's online backup of the file as it is stored, so it is as encrypted as the file itself; it is written
 * under a temporary name and moved into place only when complete. A new database (no schema yet) has
 * nothing to lose and gets no copy.
 */
final class PreUpgradeCopy {
    static final String NAME = "secondlook.pre-upgrade.zip";
    private static final Logger LOG = LoggerFactory.getLogger(PreUpgradeCopy.class);

    private final DataDirectory dir;

    PreUpgradeCopy(DataDirectory dir) {
        this.dir = dir;
    }

    Path file() {
        return dir.root().resolve(NAME);
    }

    private Path partial() {
        return dir.root().resolve(NAME + ".part");
    }

    /**
     * Before the migrations run: puts back the file an upgrade stopped half-way left behind (closing
     * {@code pool} and returning a new one from {@code reopen}), or else takes the copy of an existing
     * database.
     */
    H2Pool beforeMigrating(H2Pool pool, Supplier<H2Pool> reopen) {
        try {
            Files.deleteIfExists(partial());
            if (Files.exists(file())) {
                pool.close();
                restore();
                LOG.warn("An upgrade of the database stopped before it finished; the database was put back as it"
                        + " was before the upgrade, which now runs again");
                return reopen.get();
            }
            if (hasSchema(pool)) {
                take(pool);
            }
            return pool;
        } catch (IOException | SQLException e) {
            throw StorageFailures.asFailure(e, dir.root(), databaseSize())
                    .<RuntimeException>map(f -> f)
                    .orElseGet(() -> new StoreException("The database cannot be upgraded: the copy kept until the"
                            + " upgrade has finished cannot be written or read in " + dir.root(), e));
        }
    }

    /** Once the schema is current: the copy is no longer needed (also one a stop right after the upgrade left). */
    void discard() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            LOG.warn("The copy kept during an upgrade cannot be deleted: {}", e.getClass().getSimpleName());
        }
    }

    private void take(H2Pool pool) throws SQLException, IOException {
        String target = partial().toAbsolutePath().toString().replace("'", "''");
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target + "'");
        }
        OwnerOnly.apply(partial());
        force(partial());
        Files.move(partial(), file(), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Puts the copy back, only while no other process has the file open: H2 holds a lock on the file while
     * a process has it open, so another window or command still upgrading it (this process reached it
     * through that one's server) is told apart from one that stopped, whose lock went with it.
     */
    private void restore() throws IOException {
        Path db = dir.databaseFile();
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE); FileLock lock = tryLock(ch)) {
            if (lock == null) {
                throw new StoreException("The database is being upgraded by another window or command: wait until"
                        + " it has finished, then try again.", null);
            }
            putBack(db);
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this process
        }
    }

    private void putBack(Path db) throws IOException {
        Path restoring = db.resolveSibling(db.getFileName() + ".restoring");
        try (ZipFile zip = new ZipFile(file().toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("the copy holds no database file"));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, restoring, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        OwnerOnly.apply(restoring);
        force(restoring);
        Files.move(restoring, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean hasSchema(H2Pool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false; // no history table: a database made just now
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private long databaseSize() {
        try {
            return Math.max(Files.size(dir.databaseFile()), 16L * 1024 * 1024);
        } catch (IOException e) {
            return 16L * 1024 * 1024;
        }
    }
}
