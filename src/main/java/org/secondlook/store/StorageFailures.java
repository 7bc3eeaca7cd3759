package org.secondlook.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a failure of the machine (a full disk, a read-only folder, a database server out of reach)
 * from a problem with one row or one input: the first is not retried, it ends the command with exit
 * code 6 and one sentence (the README, "Command line").
 */
public final class StorageFailures {
    /** What failed. */
    public enum Kind { NO_SPACE, READ_ONLY, UNREACHABLE }

    /** H2's codes for a closed database, I/O errors, a full disk, a read-only database. */
    private static final int[] H2_STORAGE_CODES = {90098, 90028, 90031, 90100, 90097, 90121};

    private StorageFailures() {
    }

    /** The machine failure somewhere in {@code t}'s causes, if any. */
    public static Optional<Kind> find(Throwable t) {
        Kind found = null;
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            if (c instanceof StorageFailedException s) {
                return Optional.of(s.kind());
            }
            Kind k = kindOf(c);
            if (k != null && (found == null || k != Kind.UNREACHABLE)) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Kind kindOf(Throwable c) {
        String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("file too large") || m.contains("disk quota")
                || m.contains("not enough space") || m.contains("disk full")) {
            return Kind.NO_SPACE;
        }
        if (m.contains("read-only file system") || c instanceof AccessDeniedException) {
            return Kind.READ_ONLY;
        }
        if (c instanceof SQLException sql) {
            if (sql.getErrorCode() == 90097) {
                return Kind.READ_ONLY;
            }
            if (sql.getErrorCode() == 90100) {
                return Kind.NO_SPACE;
            }
            for (int code : H2_STORAGE_CODES) {
                if (sql.getErrorCode() == code) {
                    return Kind.UNREACHABLE;
                }
            }
            if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Kind.UNREACHABLE;
            }
        }
        if (c.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
            return Kind.UNREACHABLE;
        }
        return null;
    }

    /** {@code t} as a {@link StorageFailedException} naming {@code folder}, or empty when it is not a machine failure. */
    public static Optional<StorageFailedException> asFailure(Throwable t, Path folder, long bytesNeeded) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StorageFailedException s) {
                return Optional.of(s);
            }
        }
        return find(t).map(k -> new StorageFailedException(k, folder, bytesNeeded, t));
    }
}
