package org.secondlook.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts one store runs: the common ones directly in {@value #ROOT}, and its own vendor's in
 * {@code db/migration/h2} or {@code db/migration/postgresql} (only where the two must differ), never the
 * other vendor's. Flyway's class path scan descends into every folder under a location, so Flyway is handed
 * exactly these scripts ({@link ResourceProvider}) and {@link SchemaVersion} checks the same list.
 */
final class MigrationScripts implements ResourceProvider {
    static final String ROOT = "db/migration";

    private final List<Script> scripts;

    private MigrationScripts(List<Script> scripts) {
        this.scripts = scripts;
    }

    /** The folder under {@value #ROOT} holding {@code vendor}'s own scripts. */
    static String folder(Vendor vendor) {
        return ROOT + "/" + vendor.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The scripts {@code vendor} runs, or empty when the class path cannot be listed. They ship in the
     * application's own jar (or classes folder), which stands first on the class path: {@code getResource} finds
     * them there without opening the other jars, which {@code getResources} would each open and index (tens of
     * them, the window's libraries included) on every command.
     */
    static Optional<MigrationScripts> of(Vendor vendor) {
        TreeSet<String> paths = new TreeSet<>();
        try {
            ClassLoader loader = MigrationScripts.class.getClassLoader();
            URL common = loader.getResource(ROOT);
            if (common == null || !collect(common, ROOT, paths)) {
                return Optional.empty();
            }
            URL own = loader.getResource(folder(vendor)); // absent when this vendor needs no scripts of its own
            if (own != null && !collect(own, folder(vendor), paths)) {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScripts(paths.stream().map(Script::new).toList()));
    }

    /** The file names of the scripts (e.g. {@code V10__search_index_and_queue_indexes.sql}). */
    List<String> fileNames() {
        return scripts.stream().map(Script::getFilename).toList();
    }

    /** Adds the files directly in {@code folder} (not in its subfolders); false when it cannot be read. */
    private static boolean collect(URL root, String folder, Collection<String> paths) throws IOException, URISyntaxException {
        switch (root.getProtocol()) {
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = folder + "/";
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.length() > prefix.length()) {
                        paths.add(name);
                    }
                }
                return true;
            }
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.filter(Files::isRegularFile).forEach(f -> paths.add(folder + "/" + f.getFileName()));
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name) || s.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> out = new ArrayList<>();
        for (Script s : scripts) {
            String name = s.getFilename();
            if (name.startsWith(prefix) && Stream.of(suffixes).anyMatch(name::endsWith)) {
                out.add(s);
            }
        }
        return out;
    }

    /** One script on the class path. */
    private static final class Script extends LoadableResource {
        private final String path;

        Script(String path) {
            this.path = path;
        }

        @Override
        public Reader read() {
            InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new UncheckedIOException(new IOException("The migration script " + path + " cannot be read"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return path.substring(ROOT.length() + 1);
        }
    }
}
