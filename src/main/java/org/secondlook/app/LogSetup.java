package org.secondlook.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The log file's configuration, in code rather than a {@code logback.xml}: parsing XML costs every
 * command about half a second of its start (decision record 0013). Found by logback through
 * {@code META-INF/services}. The file is {@code secondlook.log} in the folder {@link LogDirectory} set
 * ({@code secondlook.logDir}), rolled daily and at 10 MB, 14 days and 100 MB kept; never personal data.
 * Logback's own status (e.g. "cannot open the log file") never reaches stdout: {@code Main} says so once
 * on stderr. A {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class path
 * (the tests) is left to logback's own XML configurator.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    /** Quieter libraries; Hibernate's SQL error helper quotes the database's error text, which can hold the offending value. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.hibernate", Level.WARN,
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", Level.OFF,
            "org.flywaydb", Level.WARN,
            // "H2 2.4 is newer than Flyway was verified with": harmless, and printed at every login
            "org.flywaydb.core.internal.database.base.Database", Level.ERROR,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.poi", Level.WARN,
            "com.zaxxer", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        String dir = System.getProperty(LogDirectory.PROPERTY, System.getProperty("java.io.tmpdir"));

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/secondlook.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/secondlook.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
