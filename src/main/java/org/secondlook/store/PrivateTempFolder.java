package org.secondlook.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory's own temporary folder ({@code tmp/}, owner-only), one sub-folder per running
 * process ({@code tmp/<pid>}). At start, the sub-folders of processes that no longer run (a crash,
 * a kill -9) are deleted; those of a process still running (the window beside the command line) are
 * left alone. What a library writes there is encrypted too (the export's temporary files), so even a
 * leftover is unreadable; the folder only keeps such leftovers from piling up.
 */
public final class PrivateTempFolder {
    /** Asked for only when there is something to say: this runs first in every process, while logging starts on another thread. */
    private static Logger log() {
        return LoggerFactory.getLogger(PrivateTempFolder.class);
    }

    private PrivateTempFolder() {
    }

    /** Cleans leftovers and creates this process's folder; empty when the data directory has no database yet. */
    public static Optional<Path> prepare(DataDirectory dir) {
        if (!dir.isInitialized()) {
            return Optional.empty();
        }
        Path tmp = dir.tempDirectory();
        try {
            Files.createDirectories(tmp);
            OwnerOnly.apply(tmp);
            removeLeftovers(tmp);
            Path mine = tmp.resolve(Long.toString(ProcessHandle.current().pid()));
            Files.createDirectories(mine);
            OwnerOnly.apply(mine);
            mine.toFile().deleteOnExit(); // after the files in it (deleted first: registered later); a crash leaves it
            return Optional.of(mine);
        } catch (IOException | RuntimeException e) {
            log().warn("The private temporary folder cannot be prepared: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    static void removeLeftovers(Path tmp) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                boolean running = name.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(name))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    deleteTree(e);
                    log().info("Removed a temporary folder a stopped process left behind");
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
