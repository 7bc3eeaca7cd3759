package org.secondlook.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.secondlook.analysis.Analyzer;
import org.secondlook.intake.BatchReader;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.store.DataDirectory;

/**
 * The one place the services are built: a data directory in, a {@link LocalWorkstation} out, with
 * the default analysis policy, the batch reader, the system clock and a one-second delay after a
 * failed login. The command line and the desktop app both use it.
 */
public class WorkstationFactory {
    private final Supplier<Analyzer> analyzer;
    private final Duration failureDelay;

    /** The default policy's analyzer is built on first use (an import), not for every command. */
    public WorkstationFactory() {
        this(new Once<>(Analyzer::withDefaultPolicy), Duration.ofSeconds(1));
    }

    public WorkstationFactory(Analyzer analyzer, Duration failureDelay) {
        this(() -> analyzer, failureDelay);
    }

    private WorkstationFactory(Supplier<Analyzer> analyzer, Duration failureDelay) {
        this.analyzer = analyzer;
        this.failureDelay = failureDelay;
    }

    /** A value built on the first {@link #get()} and kept. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> build;
        private volatile T value;

        Once(Supplier<T> build) {
            this.build = build;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = build.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    public LocalWorkstation open(Path dataDir) {
        return open(new DataDirectory(dataDir));
    }

    public LocalWorkstation open(DataDirectory dataDir) {
        return new LocalWorkstation(dataDir, analyzer, BatchReader::new, Clock.systemDefaultZone(),
                org.secondlook.review.accounts.LoginDelay.growing(failureDelay),
                new SecureRandom(), PasswordPolicy.standard());
    }
}
