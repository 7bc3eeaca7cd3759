package org.secondlook.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.crypto.Cipher;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the database engine and the key unwrapping's cipher on a second core while the main thread
 * derives the password's key (Argon2id is one sequential pass): a private, empty in-memory H2 database
 * is opened, asked a grouped count and closed, so the real file's opening finds H2's parser, engine and
 * storage classes loaded. Nothing of the real database is touched; a failure here changes nothing.
 */
public final class EngineWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);

    private EngineWarmUp() {
    }

    /** Starts the warm-up on a daemon thread. */
    public static void start() {
        Thread t = new Thread(EngineWarmUp::run, "secondlook-engine-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run() {
        try {
            Cipher.getInstance("AES/GCM/NoPadding");
            JdbcDataSource memory = new JdbcDataSource();
            memory.setURL("jdbc:h2:mem:;TRACE_LEVEL_FILE=0");
            try (Connection c = memory.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table warm_up (k varchar(16), t timestamp with time zone)");
                try (ResultSet r = s.executeQuery("select k, count(*) from warm_up group by k order by k")) {
                    r.next();
                }
            }
        } catch (SQLException | java.security.GeneralSecurityException | RuntimeException e) {
            LOG.info("The engine warm-up did not finish ({}); nothing depends on it", e.getClass().getSimpleName());
        }
    }
}
