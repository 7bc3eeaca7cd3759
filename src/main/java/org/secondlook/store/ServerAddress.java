package org.secondlook.store;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A shared PostgreSQL server as {@code --database} names it: {@code jdbc:postgresql://host:port/db?user=…}.
 * The password is never part of it (a password file, PostgreSQL's password file or service file gives it).
 * Every host but the loopback address is reached over TLS with the server's certificate checked against a
 * CA and its name ({@code sslmode=verify-full}); the CA file is named with {@code sslrootcert=…} or lies where
 * the driver looks by default ({@code ~/.postgresql/root.crt}).
 */
public final class ServerAddress {
    /** The environment variable that names the server when {@code --database} is not given. */
    public static final String VARIABLE = "SECONDLOOK_DATABASE";
    private static final String PREFIX = "jdbc:postgresql://";
    /** Why {@code backup} and {@code restore} refuse on a server. */
    public static final String NO_FILE_BACKUP = "This database is on a PostgreSQL server: back it up with the server's"
            + " own tools (pg_dump, or the agency's server backups) and restore it with pg_restore.";

    private final String url;
    private final String host;
    private final String user;

    private ServerAddress(String url, String host, String user) {
        this.url = url;
        this.host = host;
        this.user = user;
    }

    /**
     * Checks {@code url} and completes it: TLS with full verification for a host that is not the loopback
     * address, unless the URL already asks for exactly that.
     *
     * @throws IllegalArgumentException with the sentence to show when the URL is unusable
     */
    public static ServerAddress parse(String url) {
        String u = url == null ? "" : url.strip();
        if (!u.startsWith(PREFIX)) {
            throw new IllegalArgumentException("The database URL must look like jdbc:postgresql://host:port/database?user=NAME.");
        }
        URI uri;
        try {
            uri = new URI(u.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The database URL is not a valid address: " + e.getReason() + ".");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("The database URL must name the server and the database: "
                    + "jdbc:postgresql://host:port/database?user=NAME.");
        }
        Map<String, String> params = params(uri.getRawQuery());
        if (params.containsKey("password")) {
            throw new IllegalArgumentException("The database URL must not hold the password: give it in a file with "
                    + "--database-password-file, or in PostgreSQL's password file.");
        }
        String ssl = params.getOrDefault("sslmode", "").toLowerCase(Locale.ROOT);
        String full = u;
        if (!isLoopback(host)) {
            if (ssl.isEmpty()) {
                full = u + (uri.getRawQuery() == null ? "?" : "&") + "sslmode=verify-full";
            } else if (!ssl.equals("verify-full")) {
                throw new IllegalArgumentException("A database on another machine is reached only over TLS with its "
                        + "certificate checked: use sslmode=verify-full (and sslrootcert=CA-FILE), not sslmode=" + ssl + ".");
            }
        }
        return new ServerAddress(full, host, params.get("user"));
    }

    /** Whether {@code host} is this machine's loopback address (a name that resolves to it counts only as "localhost"). */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: never looked up here, so it counts as another machine
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            out.put(key.toLowerCase(Locale.ROOT), value);
        }
        return out;
    }

    /** The JDBC URL to connect with (TLS settings added where needed). */
    public String url() {
        return url;
    }

    /** The user name in the URL, or null (then the driver's defaults apply). */
    public String user() {
        return user;
    }

    /** The server and database as a message names them: {@code host/database}, never a password. */
    @Override
    public String toString() {
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    public String host() {
        return host;
    }
}
