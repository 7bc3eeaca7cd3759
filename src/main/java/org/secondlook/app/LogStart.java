package org.secondlook.app;

import org.slf4j.LoggerFactory;

/**
 * Sets up logging on a second thread while the main thread parses the command and reads the key slot:
 * logback's start (its configurator found through {@code META-INF/services}, the rolling file, the pattern's
 * converters) is the largest single piece of a command's start-up that needs nothing else. Loggers asked for
 * meanwhile are SLF4J's stand-ins, whose events are replayed once the set-up is done; {@link #await()} before
 * the process ends so that none is lost.
 */
final class LogStart {
    private static Thread thread;

    private LogStart() {
    }

    /**
     * Starts the set-up; call after {@link LogDirectory#set} has named the log folder. Returns once the other
     * thread has begun (or after a moment), so that a logger the main thread asks for right after gets SLF4J's
     * stand-in rather than doing the set-up itself. Either way the log is the same; only the overlap differs.
     */
    static synchronized void begin() {
        if (thread == null) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            thread = new Thread(() -> {
                started.countDown();
                LoggerFactory.getILoggerFactory();
            }, "secondlook-log-start");
            thread.setDaemon(true);
            thread.start();
            try {
                started.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until logging is set up (at most a few seconds; a stuck set-up must not hold the command). */
    static void await() {
        Thread t;
        synchronized (LogStart.class) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
