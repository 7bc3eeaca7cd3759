package org.secondlook.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already current, found without starting Flyway: every versioned
 * migration script on the class path is recorded as applied, successfully, in Flyway's history
 * table. Then opening skips Flyway (its class loading, scan and checksum validation cost seconds on
 * every command); when in doubt (no history table, a failed or missing version, a repeatable
 * script, a class path it cannot list) the answer is "not current" and Flyway runs as before.
 */
final class SchemaVersion {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private SchemaVersion() {
    }

    static boolean isCurrent(DataSource dataSource) {
        Optional<Set<String>> scripts = scriptVersions();
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

    /**
     * The versions of the migration scripts, or empty when they cannot be listed. They ship in the application's
     * own jar (or classes folder), which stands first on the class path: {@code getResource} finds them there
     * without opening the other jars, which {@code getResources} would each open and index (tens of them, the
     * window's libraries included) on every command.
     */
    static Optional<Set<String>> scriptVersions() {
        Set<String> versions = new HashSet<>();
        try {
            URL root = SchemaVersion.class.getClassLoader().getResource(LOCATION);
            if (root == null || !collect(root, versions)) {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(versions);
    }

    /** Adds the scripts under {@code root}; false when a script is not a plain versioned one, or the root cannot be read. */
    private static boolean collect(URL root, Set<String> versions) throws IOException, URISyntaxException {
        switch (root.getProtocol()) {
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = LOCATION + "/";
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().startsWith(prefix) && !entry.isDirectory() && !add(entry.getName(), versions)) {
                        return false;
                    }
                }
                return true;
            }
            case "file" -> {
                try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                    return files.filter(Files::isRegularFile).allMatch(f -> add(f.getFileName().toString(), versions));
                }
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean add(String path, Set<String> versions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
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
