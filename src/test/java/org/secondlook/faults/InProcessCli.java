package org.secondlook.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.cli.Cli;
import org.secondlook.cli.CliContext;

/** The command line in the test's own JVM, for the set-up and check steps that are not under test. */
final class InProcessCli {
    private InProcessCli() {
    }

    /** Runs {@code args} on {@code dataDir}; a non-zero exit fails the test. Returns stdout and stderr. */
    static String[] run(Map<String, String> env, Path home, Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(env, home, new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return new String[] {out.toString(), err.toString()};
    }
}
