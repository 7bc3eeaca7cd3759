package org.secondlook.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Folders an unlucky office meets: a read-only one, and one on a small full disk. Each call returns what
 * undoes it; where this machine cannot make such a folder, the test is skipped (not passed).
 */
final class Folders {
    private Folders() {
    }

    /** Makes the folder read-only: by permissions, or (as root, whom permissions do not stop) by a read-only bind mount. */
    static Runnable readOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        if (!Files.isWritable(folder)) {
            return () -> {
                try {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (!sh("mount", "--bind", folder.toString(), folder.toString())) {
            Assumptions.abort("cannot make a read-only folder here (root without mount)");
        }
        if (!sh("mount", "-o", "remount,bind,ro", folder.toString()) || Files.isWritable(folder)) {
            sh("umount", folder.toString());
            Assumptions.abort("cannot make a read-only folder here");
        }
        return () -> sh("umount", folder.toString());
    }

    /**
     * Puts an empty disk of {@code kib} KiB at {@code folder} (a size-limited tmpfs): writing more than that
     * into it fails with "No space left on device", as a full disk does. Needs root and mount, else skipped.
     */
    static Runnable smallDisk(Path folder, long kib) throws IOException {
        Files.createDirectories(folder);
        if (!sh("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=700", "tmpfs", folder.toString())) {
            Assumptions.abort("cannot mount a small disk here (needs root and mount)");
        }
        return () -> sh("umount", folder.toString());
    }

    private static boolean sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
