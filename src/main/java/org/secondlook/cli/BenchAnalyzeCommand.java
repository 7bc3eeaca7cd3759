package org.secondlook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.secondlook.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench analyze}: analyses every résumé of a CSV corpus on one thread and, in the same run,
 * scans the same texts for "officer" (case-insensitive: lower-case each text, then indexOf), and
 * prints both speeds and their ratio with the budget beside them.
 */
@Command(name = "analyze", description = "Time the analyzer on a résumé corpus against a plain scan for \"officer\" (budget: >= 25 MB/s per core, <= 5 x the scan).")
public class BenchAnalyzeCommand implements Callable<Integer> {
    private static final String LIVECAREER = "livecareer_resumes_2484/livecareer_resumes.csv";

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--corpus", paramLabel = "CSV",
            description = "CSV with a Resume_text column (default: the livecareer résumés under ../shared/eval).")
    Path corpus;

    @Option(names = "--column", defaultValue = "Resume_text", description = "Text column (default: ${DEFAULT-VALUE}).")
    String column;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds; the fastest counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = bench.root.out();
        if (corpus == null) {
            corpus = java.util.stream.Stream.of("../shared/eval", "../../shared/eval", "/work/shared/eval")
                    .map(d -> Path.of(d, LIVECAREER)).filter(Files::isRegularFile).findFirst()
                    .orElse(Path.of("../shared/eval", LIVECAREER));
        }
        List<String> texts;
        try {
            texts = read(corpus, column);
        } catch (IOException | IllegalArgumentException e) {
            bench.root.err().println("The corpus " + corpus + " cannot be read: " + e.getMessage()
                    + ". Pass --corpus with a CSV that has a " + column + " column.");
            return ExitCode.USAGE;
        }
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        Analyzer analyzer = Analyzer.withDefaultPolicy();
        long sink = 0;
        sink += analyze(analyzer, texts);
        sink += scan(texts);
        long bestAnalyze = Long.MAX_VALUE;
        long bestScan = Long.MAX_VALUE;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long t0 = System.nanoTime();
            sink += analyze(analyzer, texts);
            long t1 = System.nanoTime();
            sink += scan(texts);
            long t2 = System.nanoTime();
            bestAnalyze = Math.min(bestAnalyze, t1 - t0);
            bestScan = Math.min(bestScan, t2 - t1);
        }
        double mb = bytes / 1e6;
        double analyzeRate = mb / (bestAnalyze / 1e9);
        double scanRate = mb / (bestScan / 1e9);
        out.printf(Locale.ROOT, "corpus_resumes = %d resumes%n", texts.size());
        out.printf(Locale.ROOT, "corpus_mb = %.1f MB%n", mb);
        out.printf(Locale.ROOT, "analyze_mb_per_s = %.1f MB/s (budget: >= 25 MB/s per core)%n", analyzeRate);
        out.printf(Locale.ROOT, "plain_scan_mb_per_s = %.1f MB/s%n", scanRate);
        out.printf(Locale.ROOT, "analyze_vs_scan_ratio = %.1f x (budget: <= 5 x)%n", scanRate / analyzeRate);
        if (sink == 42) {
            out.println();
        }
        return ExitCode.OK;
    }

    static List<String> read(Path csv, String column) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                texts.add(rec.get(column));
            }
        }
        return texts;
    }

    private static long analyze(Analyzer a, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += a.analyze(t).findings().size();
        }
        return n;
    }

    /** The plain program: lower-case the text and count "officer" with indexOf. */
    static long scan(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf("officer"); i >= 0; i = lower.indexOf("officer", i + 7)) {
                n++;
            }
        }
        return n;
    }
}
