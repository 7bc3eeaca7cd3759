package org.secondlook.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections come from a pool opened later: the session factory is built
 * against it while the password's key is still being derived, and it hands out connections once
 * {@link #open(DataSource)} is called (before that, a caller waits; after {@link #fail()}, it is refused).
 */
final class DeferredDataSource implements DataSource {
    private final CompletableFuture<DataSource> target = new CompletableFuture<>();

    void open(DataSource dataSource) {
        target.complete(dataSource);
    }

    void fail() {
        target.completeExceptionally(new SQLException("The database was not opened."));
    }

    private DataSource target() throws SQLException {
        try {
            return target.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database to open", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
