package org.secondlook.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.secondlook.analysis.Analyzer;
import org.secondlook.intake.BatchReader;
import org.secondlook.exchange.ExchangeFormats;
import org.secondlook.exchange.backup.BackupArchive;
import org.secondlook.review.FileFormats;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.OfficeConfig;
import org.secondlook.review.Workstations;
import org.secondlook.review.accounts.LoginDelay;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.store.DataDirectory;

/**
 * The composition root of the services: a data directory in, a {@link LocalWorkstation} out, with the
 * office's {@code config/} (checked first: a mistake stops here with its file and line), the analyzer,
 * the batch reader, the file formats of the exchange and the backup, the system clock and a growing delay
 * after a failed login. The command line and
 * the desktop app both get their workstations from here.
 */
public class WorkstationFactory implements Workstations {
    private final Function<OfficeConfig, Analyzer> analyzers;
    private final Duration failureDelay;

    /** The office's own analysis policy where its {@code config/} has one, else the built-in one. */
    public WorkstationFactory() {
        this(WorkstationFactory::analyzerFor, Duration.ofSeconds(1));
    }

    /** A fixed analyzer whatever the office's {@code config/} says about it (tests, benchmarks). */
    public WorkstationFactory(Analyzer analyzer, Duration failureDelay) {
        this(config -> analyzer, failureDelay);
    }

    private WorkstationFactory(Function<OfficeConfig, Analyzer> analyzers, Duration failureDelay) {
        this.analyzers = analyzers;
        this.failureDelay = failureDelay;
    }

    @Override
    public LocalWorkstation open(DataDirectory dataDir) {
        OfficeConfig config = OfficeConfig.load(OfficeConfig.folderOf(dataDir.root()));
        // The analyzer and the batch reader are built on first use (an import), not for every login.
        Clock clock = Clock.systemDefaultZone();
        SecureRandom random = new SecureRandom();
        return new LocalWorkstation(dataDir, new Once<>(() -> analyzers.apply(config)), BatchReader::new,
                clock, LoginDelay.growing(failureDelay), random, PasswordPolicy.standard(), config.reasonCodes(),
                formats(clock, random));
    }

    private static FileFormats formats(Clock clock, SecureRandom random) {
        return new FileFormats(new ExchangeFormats(clock, random), new BackupArchive(Clock.systemUTC()));
    }

    @Override
    public org.secondlook.review.ServerWorkstation open(DataDirectory dataDir, org.secondlook.store.ServerAddress server,
                                                       char[] databasePassword) {
        OfficeConfig config = OfficeConfig.load(OfficeConfig.folderOf(dataDir.root()));
        Clock clock = Clock.systemDefaultZone();
        SecureRandom random = new SecureRandom();
        return new org.secondlook.review.ServerWorkstation(dataDir, server, databasePassword,
                new org.secondlook.review.ServerWorkstation.Parts(new Once<>(() -> analyzers.apply(config)),
                        BatchReader::new, clock, LoginDelay.growing(failureDelay), random,
                        PasswordPolicy.standard(), config.reasonCodes(), formats(clock, random)));
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

    /** The workstation on {@code dataDir}. */
    @Override
    public LocalWorkstation open(Path dataDir) {
        return open(new DataDirectory(dataDir));
    }

    /**
     * The one place the analyzer is obtained: the built-in policy and lexicons, with the office's own
     * {@code config/policy.json} and lexicon files in their place where it has them.
     */
    static Analyzer analyzerFor(OfficeConfig config) {
        return config.analyzer();
    }
}
