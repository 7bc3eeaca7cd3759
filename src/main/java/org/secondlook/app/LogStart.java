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

    /** Starts the set-up; call after {@link LogDirectory#set} has named the log folder. */
    static synchronized void begin() {
        if (thread == null) {
            thread = new Thread(LoggerFactory::getILoggerFactory, "secondlook-log-start");
            thread.setDaemon(true);
            thread.start();
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
