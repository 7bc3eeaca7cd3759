package org.secondlook.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * The connection pool of the encrypted file: a few open H2 connections handed out again and again, and
 * {@link #close()} closes every connection before it returns, so the file is closed (and compacted) when the
 * database is.
 * <p>
 * With {@code WRITE_DELAY=0} a commit that changed something stores its pages before it returns, under the
 * store's lock; a read-only commit takes no lock. A {@code ROLLBACK}, though, always stores, so it waits for the
 * lock whichever writer holds it while it writes its pages. H2's own {@code JdbcConnectionPool} sent one on
 * every borrow and every return: with twenty reviewers at once each read queued behind the writes (3.7 s p99
 * for the next case at 5,000 cases). This pool sends none on the way out and, on the way back, one only where
 * it is needed ({@link #needsRollback}).
 */
final class H2Pool extends PlainDataSource implements AutoCloseable {
    /** Connections open at most per database: the window's few background readers, or one bench reviewer. */
    static final int MAX_CONNECTIONS = 10;

    private final org.h2.jdbcx.JdbcDataSource driver = new org.h2.jdbcx.JdbcDataSource();
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    private H2Pool(String url, String user, String password) {
        driver.setURL(url);
        driver.setUser(user);
        driver.setPassword(password);
    }

    /** The pool; its first connection is made when first asked for (a wrong key fails there). */
    static H2Pool open(String url, String user, String password) {
        return new H2Pool(url, user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new SQLException("The database was closed.");
                }
                physical = idle.pollFirst();
                if (physical != null || open < MAX_CONNECTIONS) {
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while waiting for a database connection", e);
                }
            }
            if (physical == null) {
                open++;
            }
        }
        if (physical == null) {
            try {
                physical = driver.getConnection();
            } catch (SQLException | RuntimeException e) {
                synchronized (this) {
                    open--;
                    notifyAll();
                }
                throw e;
            }
        }
        return handle(physical);
    }

    /** A handle whose {@code close()} gives the connection back instead of closing it. */
    private Connection handle(Connection physical) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(physical);
                        }
                        yield null;
                    }
                    case "isClosed" -> returned[0] || physical.isClosed();
                    case "unwrap" -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                    case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "pooled " + physical;
                    default -> {
                        if (returned[0]) {
                            throw new SQLException("The connection was given back to the pool.");
                        }
                        try {
                            yield method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private void giveBack(Connection physical) throws SQLException {
        boolean keep = false;
        try {
            if (!physical.isClosed()) {
                if (needsRollback(physical)) {
                    physical.rollback();
                }
                if (!physical.getAutoCommit()) {
                    physical.setAutoCommit(true); // ends a read-only transaction left open: no store, no lock
                }
                keep = true;
            }
        } finally {
            boolean closeIt;
            synchronized (this) {
                closeIt = keep && closed;
                if (keep && !closed) {
                    idle.addFirst(physical);
                } else {
                    open--;
                }
                notifyAll();
            }
            if (closeIt || !keep) {
                physical.close();
            }
        }
    }

    /**
     * Whether a connection given back must be rolled back: when it holds changes not committed (they are undone),
     * and always when it reaches the file through another process (H2's {@code AUTO_SERVER}). A rollback stores
     * the pages committed so far, waiting for any writer storing now; a reader in another process may see rows
     * whose writer is still storing them, and that process (the window) may be killed before it is done, so such a
     * reader waits until what it saw is on disk ({@code CrashSafetyTest} watches an import from another process).
     * Inside this process a reader dies with the writer, so it does not wait: in {@code bench concurrency} that
     * wait was most of the next case (the rollback of each read queued behind the reviewers' saves).
     */
    private static boolean needsRollback(Connection physical) throws SQLException {
        Session session = physical.unwrap(JdbcConnection.class).getSession();
        return !(session instanceof SessionLocal local) || local.hasPendingTransaction();
    }

    /** Closes the idle connections now, and each one in use when it is given back. */
    @Override
    public void close() {
        java.util.List<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = java.util.List.copyOf(idle);
            open -= idle.size();
            idle.clear();
            notifyAll();
        }
        for (Connection c : toClose) {
            try {
                c.close();
            } catch (SQLException e) {
                org.slf4j.LoggerFactory.getLogger(H2Pool.class).warn("A database connection did not close: {}", e.toString());
            }
        }
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool connects as its own user.");
    }
}
