package org.secondlook.ui;

import java.util.function.Consumer;

/**
 * Runs the synchronous services away from the FX thread and hands results back to it. Views and
 * view models never call a service directly; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /** Work that may block (database, files). */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /** A submitted task; once cancelled, its callbacks are never delivered. */
    interface Handle {
        void cancel();

        boolean isCancelled();
    }

    /**
     * Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} runs afterwards
     * on the UI thread (or the calling thread, for the test executor).
     */
    <T> Handle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs a small piece of work on the UI thread (progress updates from a background task). */
    void onUiThread(Runnable r);

    /** Stops accepting work (the application is closing). */
    default void shutdown() {
    }
}
