package org.secondlook.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The key-slot file beside the database ({@code keyslots.json}). Every change is a read-modify-write
 * under a file lock, written to a temporary file and moved into place atomically, so a crash leaves
 * either the old or the new file, and two processes never lose each other's changes.
 */
public final class KeySlotFile {
    /** The file's JSON form. */
    public record Contents(int format, List<KeySlot> slots) {
        public Contents {
            slots = slots == null ? List.of() : List.copyOf(slots);
        }
    }

    private final Path file;

    public KeySlotFile(Path file) {
        this.file = file;
    }

    /** In this process, one password check at a time (a file lock is held per process, not per thread). */
    private static final java.util.concurrent.locks.ReentrantLock CHECKS = new java.util.concurrent.locks.ReentrantLock(true);

    /** Held while a password is checked and while the delay after a wrong one runs. */
    public interface Guard extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits until no other process or thread is checking a password against these slots, then holds
     * the check until closed: parallel guessing is no faster than serial, because each guess waits for
     * the delay after the one before. Best effort where the folder cannot hold the lock file (read-only).
     */
    public Guard guard() {
        CHECKS.lock();
        FileChannel ch = null;
        FileLock lock = null;
        try {
            Path lockFile = file.resolveSibling(file.getFileName() + ".guard");
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.apply(lockFile);
            lock = ch.lock();
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            ch = null;
        }
        FileChannel channel = ch;
        FileLock held = lock;
        return () -> {
            try {
                if (held != null) {
                    held.release();
                }
            } catch (IOException e) {
                // closing the channel releases it too
            } finally {
                closeQuietly(channel);
                CHECKS.unlock();
            }
        };
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing held
            }
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public List<KeySlot> read() {
        if (!exists()) {
            return List.of();
        }
        try {
            return KeySlotJson.read(Files.readAllBytes(file)).slots();
        } catch (IOException e) {
            throw new UncheckedIOException("The key-slot file " + file + " cannot be read", e);
        }
    }

    public Optional<KeySlot> find(String account) {
        return read().stream().filter(s -> s.account().equals(account)).findFirst();
    }

    /** Applies {@code change} to the slots under an exclusive lock and writes the result atomically. */
    public synchronized void update(UnaryOperator<List<KeySlot>> change) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                OwnerOnly.apply(lockFile);
                List<KeySlot> next = change.apply(new ArrayList<>(read()));
                write(new Contents(1, next));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The key-slot file " + file + " cannot be written", e);
        }
    }

    private void write(Contents contents) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(KeySlotJson.write(contents)));
            ch.force(true);
        }
        OwnerOnly.apply(tmp);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
