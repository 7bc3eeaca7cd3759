package org.secondlook.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.analysis.Analyzer;
import org.secondlook.analysis.PolicyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code analyze --input IN.jsonl --output OUT.jsonl [--policy P]}: files only, no data directory. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read résumés as JSON Lines ({\"id\",\"text\"}) and write one verdict with findings per line, in order.")
public class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--input", required = true, paramLabel = "IN.jsonl", description = "JSON Lines input, one {\"id\": ..., \"text\": ...} a line.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "OUT.jsonl", description = "Where to write the results (replaced).")
    Path output;

    @Option(names = "--policy", paramLabel = "POLICY.json", description = "An office policy file (default: the shipped policy).")
    Path policy;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        Analyzer analyzer;
        try {
            analyzer = policy == null ? Analyzer.withDefaultPolicy() : Analyzer.withPolicy(policy);
        } catch (PolicyException e) {
            root.err().println("The policy " + policy + " cannot be used: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!Files.isReadable(input) || Files.isDirectory(input)) {
            root.err().println("The input " + input + " cannot be read: check the path and its permissions.");
            return ExitCode.USAGE;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (java.io.InputStream in = Files.newInputStream(input);
             BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            JsonlAnalysis.Counts c = new JsonlAnalysis(analyzer, n).run(in, out);
            root.out().println("lines = " + c.lines());
            root.out().println("errors = " + c.errors());
            return ExitCode.OK;
        } catch (IOException e) {
            root.err().println("The analysis stopped: " + e.getMessage() + ". Check that " + input
                    + " is readable and " + output + " is writable.");
            return ExitCode.USAGE;
        }
    }
}
