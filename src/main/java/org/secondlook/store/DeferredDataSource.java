package org.secondlook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;

/**
 * A data source whose connections come from a pool opened later: the session factory is built
 * against it while the password's key is still being derived, and it hands out connections once
 * {@link #open(DataSource)} is called (before that, a caller waits; after {@link #fail()}, it is refused).
 */
final class DeferredDataSource extends PlainDataSource {
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
}
