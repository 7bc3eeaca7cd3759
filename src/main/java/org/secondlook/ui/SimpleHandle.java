package org.secondlook.ui;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel flag shared by the executors. */
final class SimpleHandle implements TaskExecutor.Handle {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
