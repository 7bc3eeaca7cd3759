package org.secondlook.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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
    private final Analyzer analyzer;
    private final Duration failureDelay;

    public WorkstationFactory() {
        this(Analyzer.withDefaultPolicy(), Duration.ofSeconds(1));
    }

    public WorkstationFactory(Analyzer analyzer, Duration failureDelay) {
        this.analyzer = analyzer;
        this.failureDelay = failureDelay;
    }

    public LocalWorkstation open(Path dataDir) {
        return open(new DataDirectory(dataDir));
    }

    public LocalWorkstation open(DataDirectory dataDir) {
        return new LocalWorkstation(dataDir, analyzer, new BatchReader(), Clock.systemDefaultZone(), failureDelay,
                new SecureRandom(), PasswordPolicy.standard());
    }
}
