package org.secondlook.store;

import java.nio.file.Path;
import java.sql.Statement;
import org.hibernate.StatelessSession;

/**
 * H2's online backup: {@code BACKUP TO} writes a consistent copy of the database file into a zip
 * while other connections (the open window, another command) keep working. The copy is the
 * encrypted file as it is on disk, so the backup is encrypted too.
 */
public final class DatabaseBackup {
    private final Database database;

    public DatabaseBackup(Database database) {
        this.database = database;
    }

    /** Writes a zip holding {@code secondlook.mv.db} to {@code zip} (which must not exist yet). */
    public void backupTo(Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        try (StatelessSession s = database.sessionFactory().openStatelessSession()) {
            s.doWork(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("BACKUP TO '" + target + "'");
                }
            });
        }
    }

    /** The name of the database file inside the backup zip. */
    public static String databaseFileName(DataDirectory dir) {
        return dir.databaseFile().getFileName().toString();
    }
}
