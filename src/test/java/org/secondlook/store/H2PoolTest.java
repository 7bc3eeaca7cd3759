package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a connection given back to the file's pool leaves for the next one to borrow it. */
class H2PoolTest {
    @TempDir
    Path dir;

    @Test
    void changesNotCommittedAreUndoneAndCommittedOnesKeptWhenAConnectionIsGivenBack() throws SQLException {
        try (H2Pool pool = H2Pool.open("jdbc:h2:file:" + dir.resolve("pool") + ";WRITE_DELAY=0", "sa", "")) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table t(id int primary key)");
                c.setAutoCommit(false);
                s.execute("insert into t values (1)");
                c.commit();
                s.execute("insert into t values (2)"); // never committed
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select count(*), max(id) from t")) {
                assertThat(c.getAutoCommit()).as("given back in auto-commit mode").isTrue();
                r.next();
                assertThat(r.getInt(1)).as("rows seen by the next borrower").isEqualTo(1);
                assertThat(r.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void aReadOnlyTransactionLeftOpenIsEndedWhenAConnectionIsGivenBack() throws SQLException {
        try (H2Pool pool = H2Pool.open("jdbc:h2:file:" + dir.resolve("pool") + ";WRITE_DELAY=0", "sa", "")) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table t(id int primary key)");
                c.setAutoCommit(false);
                s.executeQuery("select count(*) from t").close();
            }
            try (Connection writer = pool.getConnection(); Connection other = pool.getConnection();
                 Statement w = writer.createStatement(); Statement o = other.createStatement()) {
                assertThat(writer.getAutoCommit()).isTrue();
                w.execute("insert into t values (1)");
                try (ResultSet r = o.executeQuery("select count(*) from t")) {
                    r.next();
                    assertThat(r.getInt(1)).as("a write through the reused connection is committed").isEqualTo(1);
                }
            }
        }
    }
}
