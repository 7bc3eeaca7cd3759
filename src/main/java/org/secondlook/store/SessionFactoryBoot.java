package org.secondlook.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hibernate's session factory for a {@link Database}, built at most once: either <em>ahead</em>, on a
 * second thread while the caller derives the file key and opens the file (the window, and commands
 * that write), or <em>on demand</em>, on the first work that needs it: a command that only reads runs on
 * plain JDBC and never pays for Hibernate's start-up (decision record 0013). Built without reading the
 * database (the H2 dialect is named), so it needs no key; its connections come once the pool is open.
 */
public final class SessionFactoryBoot {
    private static final Logger LOG = LoggerFactory.getLogger(SessionFactoryBoot.class);

    private final DeferredDataSource source = new DeferredDataSource();
    private final CompletableFuture<SessionFactory> factory = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Function<DataSource, SessionFactory> build;

    SessionFactoryBoot(Function<DataSource, SessionFactory> build) {
        this.build = build;
    }

    /** Starts building now on a second thread. */
    SessionFactoryBoot ahead() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::build, "secondlook-hibernate-boot");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /** A factory already built (a new database, tests). */
    static SessionFactoryBoot of(SessionFactory built) {
        SessionFactoryBoot boot = new SessionFactoryBoot(ds -> built);
        boot.started.set(true);
        boot.factory.complete(built);
        return boot;
    }

    private void build() {
        long t0 = System.nanoTime();
        try {
            factory.complete(build.apply(source));
            LOG.info("Hibernate's session factory built in {} ms ({})", (System.nanoTime() - t0) / 1_000_000,
                    Thread.currentThread().getName());
        } catch (Throwable e) {
            factory.completeExceptionally(e);
        }
    }

    /** The pool is open: connections may be handed out. */
    void open(DataSource pool) {
        source.open(pool);
    }

    /** Whether the factory was asked for (ahead or on demand). */
    boolean started() {
        return started.get();
    }

    /** The factory: built here and now if nobody started it, else waited for. */
    SessionFactory get() {
        if (started.compareAndSet(false, true)) {
            build();
        }
        try {
            return factory.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The database was not opened after all (a wrong password): a factory being built is closed when ready. */
    public void cancel() {
        source.fail();
        factory.thenAccept(SessionFactory::close);
    }

    /** Closes the factory if one was started (waiting for it to be built). */
    void close() {
        if (started.get()) {
            try {
                get().close();
            } catch (RuntimeException e) {
                LOG.warn("Hibernate's session factory could not be closed: {}", e.getClass().getName());
            }
        }
    }
}
