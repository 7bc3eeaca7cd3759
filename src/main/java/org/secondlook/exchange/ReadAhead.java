package org.secondlook.exchange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a stream's rows on a thread of its own, ahead of the writer, through a small bounded queue of batches:
 * on two cores the database is read while the workbook is written, so an export takes about the longer of the two
 * rather than their sum (issue 17). Rows stay in memory only ({@value #BATCH} x {@value #BATCHES} at most in the
 * queue); nothing is written anywhere. The stream is consumed by the reading thread only; {@link #close()} stops
 * that thread and waits for it before the caller closes the stream, so its connection is never used by two threads.
 * A failure while reading is thrown to the writer, at the row where it happened.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
    static final int BATCH = 256;
    static final int BATCHES = 8;

    /** The reading thread's last word: rows ended, or how they failed. */
    private record End(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean stopped;
    private List<T> batch = List.of();
    private int next;
    private End end;

    ReadAhead(Stream<T> rows, String name) {
        Iterator<T> it = rows.iterator();
        reader = new Thread(() -> read(it), "export-read-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> it) {
        Throwable failure = null;
        List<T> rows = new ArrayList<>(BATCH);
        try {
            while (!stopped && it.hasNext()) {
                rows.add(it.next());
                if (rows.size() == BATCH) {
                    if (!hand(rows)) {
                        return;
                    }
                    rows = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if ((rows.isEmpty() || hand(rows)) && !stopped) { // the rows before a failure reach the writer first
            hand(new End(failure));
        }
    }

    /**
     * Puts {@code o} in the queue once there is room; false when the writer stopped first. Never interrupted: an
     * interrupt in the middle of H2's file I/O would close the database file's channel.
     */
    private boolean hand(Object o) {
        try {
            while (!queue.offer(o, 20, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean hasNext() {
        while (next == batch.size()) {
            if (end != null) {
                if (end.failure() instanceof Error e) {
                    throw e;
                } else if (end.failure() != null) {
                    throw (RuntimeException) end.failure();
                }
                return false;
            }
            Object o = take();
            if (o instanceof End e) {
                end = e;
            } else {
                @SuppressWarnings("unchecked")
                List<T> rows = (List<T>) o;
                batch = rows;
                next = 0;
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The export was interrupted while waiting for rows", e);
        }
    }

    /** Stops the reading thread (when it has not finished, after the row it is reading) and waits until it has. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
