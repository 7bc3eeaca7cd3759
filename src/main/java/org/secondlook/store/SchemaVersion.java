package org.secondlook.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already current, found without starting Flyway: every versioned
 * migration script its store runs ({@link MigrationScripts}: the common ones and its vendor's own) is
 * recorded as applied, successfully, in Flyway's history table. Then opening skips Flyway (its class loading, scan and checksum validation cost seconds on
 * every command); when in doubt (no history table, a failed or missing version, a repeatable
 * script, a class path it cannot list) the answer is "not current" and Flyway runs as before.
 */
final class SchemaVersion {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private SchemaVersion() {
    }

    static boolean isCurrent(DataSource dataSource, Vendor vendor) {
        Optional<Set<String>> scripts = scriptVersions(vendor);
        if (scripts.isEmpty() || scripts.get().isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) {
                String v = rs.getString(1);
                if (!rs.getBoolean(2)) {
                    return false;
                }
                if (v != null) {
                    applied.add(normal(v));
                }
            }
            return applied.containsAll(scripts.get());
        } catch (SQLException e) {
            return false; // no history table yet (a new database) or a database we cannot read this way
        }
    }

    /** The versions of the migration scripts {@code vendor} runs, or empty when they cannot be listed or one is special. */
    static Optional<Set<String>> scriptVersions(Vendor vendor) {
        Optional<MigrationScripts> scripts = MigrationScripts.of(vendor);
        if (scripts.isEmpty()) {
            return Optional.empty();
        }
        Set<String> versions = new HashSet<>();
        for (String name : scripts.get().fileNames()) {
            if (!add(name, versions)) {
                return Optional.empty();
            }
        }
        return Optional.of(versions);
    }

    private static boolean add(String name, Set<String> versions) {
        if (!name.endsWith(".sql")) {
            return true; // not a migration (Flyway reads only .sql scripts here)
        }
        Matcher m = VERSIONED.matcher(name);
        if (!m.matches()) {
            return false; // a repeatable or otherwise special script: let Flyway decide
        }
        versions.add(normal(m.group(1)));
        return true;
    }

    /** "1_1" and "1.1" and "01.1" are the same version. */
    static String normal(String version) {
        StringBuilder out = new StringBuilder();
        for (String part : version.split("[._]")) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(new java.math.BigInteger(part));
        }
        return out.toString();
    }
}
