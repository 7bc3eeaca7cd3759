package org.secondlook.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The shared server this data directory works on, as the first-run dialog saved it ({@value #FILE_NAME}): its
 * URL (with the CA file as {@code sslrootcert}) and the file holding its password. The command line uses it
 * when neither {@code --database} nor {@code SECONDLOOK_DATABASE} names a server; the desktop app opens it at
 * start. No password is ever written here, only where its file lies.
 *
 * @param url          the server's JDBC URL
 * @param passwordFile the file holding the database password, or null (PostgreSQL's password or service file)
 */
public record ServerSetting(String url, Path passwordFile) {
    public static final String FILE_NAME = "database.properties";

    /** The setting saved in {@code dir}, if any. */
    public static Optional<ServerSetting> read(DataDirectory dir) {
        Path file = dir.root().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new StoreException("The database setting " + file + " cannot be read: check its permissions.", e);
        }
        String url = p.getProperty("url", "").strip();
        String pw = p.getProperty("password-file", "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(new ServerSetting(url, pw.isEmpty() ? null : Path.of(pw)));
    }

    /** Saves this setting in {@code dir} (readable by this account only), replacing an earlier one. */
    public void save(DataDirectory dir) {
        Properties p = new Properties();
        p.setProperty("url", url);
        if (passwordFile != null) {
            p.setProperty("password-file", passwordFile.toAbsolutePath().toString());
        }
        Path file = dir.root().resolve(FILE_NAME);
        try {
            Files.createDirectories(dir.root());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Second Look: the shared database server of this data directory (no password here)");
            }
            OwnerOnly.apply(file);
        } catch (IOException e) {
            throw new StoreException("The database setting cannot be saved in " + dir.root() + ": check that the folder is writable.", e);
        }
    }
}
