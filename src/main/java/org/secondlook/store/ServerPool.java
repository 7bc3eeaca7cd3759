package org.secondlook.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool to a PostgreSQL server (HikariCP): a handful of connections kept open, so that a
 * transaction does not pay for a TLS handshake. A server that cannot be reached, or refuses the password,
 * ends the command with one sentence naming the server (exit 6), never with the driver's message (which
 * may quote the URL).
 */
final class ServerPool {
    private static final Logger LOG = LoggerFactory.getLogger(ServerPool.class);
    /** Connections per process: the command line needs one, the desktop app a few, the bench one per reviewer. */
    static final int MAX_CONNECTIONS = 24;

    /** What is built on the open pool. */
    interface Opened<T> {
        T build(DataSource source, Runnable close);
    }

    private ServerPool() {
    }

    static <T> T open(ServerAddress address, char[] password, Opened<T> opened) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.url());
        if (password != null) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("secondlook-server");
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(30_000);
        HikariDataSource source;
        try {
            source = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw unreachable(address, e);
        }
        return opened.build(source, source::close);
    }

    static StorageFailedException unreachable(ServerAddress address, Throwable e) {
        SQLException sql = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                sql = s;
                break;
            }
        }
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        LOG.warn("The database server {} refused or could not be reached (SQL state {})", address, state);
        String why;
        if (state.startsWith("28")) {
            why = "refused the user name or password: check the user in the URL and the database password file";
        } else if (state.equals("3D000")) {
            why = "has no such database: ask its administrator to create it (empty), then run 'init'";
        } else {
            why = "could not be reached: check the host, the port, the TLS certificate (sslrootcert) and that the"
                    + " server runs";
        }
        return new StorageFailedException(StorageFailures.Kind.UNREACHABLE, null,
                "The database server " + address + " " + why + ".", e);
    }
}
