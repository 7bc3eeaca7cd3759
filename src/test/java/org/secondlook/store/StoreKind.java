package org.secondlook.store;

import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The two stores the store and service tests run on: a test class annotated
 * {@code @ParameterizedClass @EnumSource(StoreKind.class)} (and {@code @ExtendWith(PostgresServer.class)})
 * runs every test on the encrypted H2 file and on a fresh database of the throwaway PostgreSQL cluster,
 * and the test report lists both runs: {@code [1]} is H2, {@code [2]} PostgreSQL (the order of this enum).
 */
public enum StoreKind {
    H2,
    POSTGRESQL;

    /** A new, empty store: an encrypted file in {@code dir}, or a fresh database on the test cluster. */
    public Database newDatabase(Path dir) {
        if (this == H2) {
            return Database.create(new DataDirectory(dir), FileKey.random(new SecureRandom()));
        }
        PostgresServer.Db db = PostgresServer.database();
        return Database.openServer(db.address(), db.password());
    }
}
