package org.secondlook.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Plain JDBC on the encrypted database file, opened with the file key unwrapped from an account's
 * slot: what someone holding a password and a SQL console could do behind the application's back.
 */
public final class RawDatabase {
    private RawDatabase() {
    }

    public static Connection open(Path dataDir, String account, char[] password) throws SQLException {
        DataDirectory dir = new DataDirectory(dataDir);
        KeySlot slot = new KeySlotFile(dir.keySlotFile()).find(account).orElseThrow();
        try (FileKey key = new KeyWrapping(new SecureRandom()).unwrap(slot, password).orElseThrow()) {
            return DriverManager.getConnection(Database.url(dir, true), Database.H2_USER, new String(key.h2Password()));
        }
    }
}
