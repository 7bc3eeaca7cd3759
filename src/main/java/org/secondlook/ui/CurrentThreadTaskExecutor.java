package org.secondlook.ui;

import java.util.function.Consumer;

/** Runs every task at once on the calling thread: view-model tests need no toolkit and no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Handle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        SimpleHandle handle = new SimpleHandle();
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public void onUiThread(Runnable r) {
        r.run();
    }
}
