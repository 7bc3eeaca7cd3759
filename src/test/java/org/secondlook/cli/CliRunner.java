package org.secondlook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;

/** Runs the command line in-process against a data directory, capturing exit code, stdout and stderr. */
final class CliRunner {
    record Result(int code, String out, String err) {
    }

    private final Path dataDir;
    private final Map<String, String> env = new HashMap<>();

    CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(env, dataDir.resolve("home"),
                new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        return new Result(code, out.toString(), err.toString());
    }
}
