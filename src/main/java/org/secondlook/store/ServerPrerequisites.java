package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What the schema needs of a PostgreSQL server beyond plain SQL, checked before its migrations run, so that
 * a server lacking it is told in one sentence instead of with Flyway's error: the {@code unaccent} extension
 * (the search, migration V55), installed in the database or available to create there.
 */
final class ServerPrerequisites {
    private ServerPrerequisites() {
    }

    /** @throws StorageFailedException naming what the server lacks and who can add it */
    static void check(DataSource source, ServerAddress address) {
        try (Connection c = source.getConnection();
             PreparedStatement q = c.prepareStatement("select exists (select 1 from pg_extension where extname = 'unaccent'),"
                     + " exists (select 1 from pg_available_extensions where name = 'unaccent'),"
                     + " has_database_privilege(current_database(), 'CREATE')");
             ResultSet r = q.executeQuery()) {
            r.next();
            String missing = missing(r.getBoolean(1), r.getBoolean(2), r.getBoolean(3));
            if (missing != null) {
                throw new StorageFailedException(StorageFailures.Kind.UNREACHABLE, null,
                        "The database server " + address + " " + missing, null);
            }
        } catch (SQLException e) {
            throw ServerPool.unreachable(address, e);
        }
    }

    /** The rest of the sentence for what is missing, or null when the search can be set up. */
    static String missing(boolean installed, boolean available, boolean mayCreate) {
        if (installed) {
            return null;
        }
        if (!available) {
            return "lacks the unaccent extension that the search needs: install PostgreSQL's contrib package"
                    + " (postgresql-contrib) on the server, then run the command again.";
        }
        if (!mayCreate) {
            return "has the unaccent extension that the search needs, but this account may not add it to the"
                    + " database: have its administrator run 'CREATE EXTENSION unaccent' in it, then run the command again.";
        }
        return null;
    }
}
