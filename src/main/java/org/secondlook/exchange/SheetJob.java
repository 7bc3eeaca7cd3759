package org.secondlook.exchange;

import java.util.function.Consumer;

/**
 * Writes one data sheet's rows on a thread of its own while the caller writes another sheet (issue 17: written one
 * after the other, each sheet took as long as its slower half, reading or writing, and the second core idled). Only
 * the sheet's rows are written there: the sheet itself, its header and its autofilter stay with the caller, and so
 * do progress reports. The thread is never interrupted (it may be reading through {@link ReadAhead}, whose database
 * reader must not be); {@link #close()} asks it to stop after its current row and waits for it, so close a job
 * before the rows it reads.
 */
final class SheetJob<T> implements AutoCloseable {
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Throwable failure;

    SheetJob(String sheet, ReadAhead<T> rows, Consumer<T> write) {
        thread = new Thread(() -> run(rows, write), "export-write-" + sheet);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ReadAhead<T> rows, Consumer<T> write) {
        try {
            while (!stopped && rows.hasNext()) {
                write.accept(rows.next());
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * Waits until every row is written, asking {@code cancelled} now and then: once it says yes, the job stops and
     * this returns. A failure on the job's thread is thrown here.
     */
    void await(java.util.function.BooleanSupplier cancelled) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            if (cancelled.getAsBoolean()) {
                stopped = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    /** Stops the job after the row it is writing, if it has not finished, and waits until it has. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
