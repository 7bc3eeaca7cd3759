package org.secondlook.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.ServerAddress;
import org.secondlook.store.ServerSetting;

/**
 * "A shared server" chosen in the first-run dialog: the URL checked as {@code --database} checks it, the CA
 * file added to it ({@code sslrootcert}), the password read from its file, one connection made; then the
 * choice is saved in the data directory ({@link ServerSetting}), where the command line and the next start
 * of the window find it.
 */
public final class SharedServerSetup implements ServerConnector {
    private final DataDirectory dir;
    private final Workstations workstations;

    public SharedServerSetup(DataDirectory dir, Workstations workstations) {
        this.dir = dir;
        this.workstations = workstations;
    }

    @Override
    public Connected connect(String url, String passwordFile, String caFile) {
        String u = withCaFile(url == null ? "" : url.strip(), caFile);
        ServerAddress server = address(u);
        Path pwFile = blank(passwordFile) ? null : Path.of(passwordFile.strip());
        char[] password = pwFile == null ? null : PasswordFile.read(pwFile);
        try {
            Workstation ws = workstations.open(dir, server, password);
            boolean initialized = ws.isInitialized(); // the one connection: an unreachable server says so here
            new ServerSetting(u, pwFile).save(dir);
            return new Connected(ws, initialized);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The server saved for {@code dir} by an earlier first run, opened; empty when it works on its own file. */
    public static Optional<Workstation> saved(DataDirectory dir, Workstations workstations) {
        return ServerSetting.read(dir).map(s -> {
            char[] password = s.passwordFile() == null ? null : PasswordFile.read(s.passwordFile());
            try {
                return workstations.open(dir, address(s.url()), password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        });
    }

    private static ServerAddress address(String url) {
        try {
            return ServerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static String withCaFile(String url, String caFile) {
        if (blank(caFile)) {
            return url;
        }
        Path ca = Path.of(caFile.strip()).toAbsolutePath();
        if (!Files.isRegularFile(ca) || !Files.isReadable(ca)) {
            throw new InvalidInputException("The CA file " + ca + " cannot be read: choose the certificate file of the"
                    + " authority that signed the server's certificate.");
        }
        if (url.contains("sslrootcert=")) {
            throw new InvalidInputException("The URL names a CA file already (sslrootcert): leave the CA file empty,"
                    + " or take sslrootcert out of the URL.");
        }
        return url + (url.contains("?") ? "&" : "?") + "sslrootcert=" + URLEncoder.encode(ca.toString(), StandardCharsets.UTF_8);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
