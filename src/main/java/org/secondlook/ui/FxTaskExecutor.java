package org.secondlook.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a small pool of daemon threads and delivers results on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "secondlook-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Handle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        SimpleHandle handle = new SimpleHandle();
        if (pool.isShutdown()) {
            handle.cancel(); // the window is closing: nothing more is started
            return handle;
        }
        pool.execute(() -> {
            if (handle.isCancelled()) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                if (e.getClass().getName().startsWith("org.secondlook.")) {
                    // an expected refusal (wrong password, conflict, bad input): the user sees its sentence
                    LOG.info("Background task refused: {}", e.getClass().getSimpleName());
                } else {
                    LOG.warn("Background task failed: {}", e.getClass().getSimpleName(), e);
                }
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public void onUiThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * Starts nothing more and drops what waits, but never interrupts a task that runs: an interrupt during
     * a read closes H2's file channel (ClosedByInterruptException), and the database is then unusable for
     * the rest of the process — a sign-in after a sign-out found "The database was not opened".
     */
    @Override
    public void shutdown() {
        if (pool instanceof java.util.concurrent.ThreadPoolExecutor p) {
            p.getQueue().clear();
        }
        pool.shutdown();
    }
}
