package org.secondlook.store;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Bringing a schema up to date: Flyway runs the common scripts and the store's own ({@link MigrationScripts}),
 * and only when some are not yet applied ({@link SchemaVersion}: Flyway's start-up, scan and checksum
 * validation cost seconds on every command). On the encrypted file an upgrade keeps the file as it was until
 * it has finished ({@link PreUpgradeCopy}).
 */
final class Migrations {
    /** The pool to go on with (a new one when a stopped upgrade was put back) and whether Flyway ran. */
    record Upgraded(H2Pool pool, boolean migrated) {
    }

    private Migrations() {
    }

    /**
     * Runs Flyway unless every migration script on the class path is already applied.
     *
     * @return whether Flyway ran
     */
    static boolean ifNeeded(DataSource dataSource, String url) {
        if (SchemaVersion.isCurrent(dataSource, Vendor.ofUrl(url))) {
            return false;
        }
        run(dataSource, url);
        return true;
    }

    /** {@link #ifNeeded} for the encrypted file in {@code dir}, with the copy that makes a stopped upgrade harmless. */
    static Upgraded ifNeeded(H2Pool pool, DataDirectory dir, String url, Supplier<H2Pool> reopen) {
        PreUpgradeCopy copy = new PreUpgradeCopy(dir);
        boolean migrated = !SchemaVersion.isCurrent(pool, Vendor.H2);
        if (migrated) {
            pool = copy.beforeMigrating(pool, reopen);
            run(pool, url);
        }
        copy.discard();
        return new Upgraded(pool, migrated);
    }

    /** Runs the common scripts and the store's own, never the other vendor's. */
    static void run(DataSource dataSource, String url) {
        Vendor vendor = Vendor.ofUrl(url);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + MigrationScripts.ROOT)
                .resourceProvider(MigrationScripts.of(vendor).orElseThrow(
                        () -> new IllegalStateException("The migration scripts cannot be listed on the class path")))
                .placeholders(vendor.placeholders())
                .load()
                .migrate();
    }
}
