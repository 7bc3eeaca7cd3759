package org.secondlook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.secondlook.analysis.Analyzer;
import org.secondlook.analysis.Evaluation;
import org.secondlook.analysis.PolicyException;
import org.secondlook.domain.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code evaluate --gold GOLD.csv --input IN.jsonl}: the input is either résumés ({@code id, text},
 * analysed here) or the output of {@code analyze} ({@code id, verdict, findings}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare verdicts with gold labels (CSV id,label): confusion matrix, LE recall, deferral rate, unnecessary deferral, rank_r_precision, every false LE.")
public class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.csv", description = "CSV with columns id,label (LE, NOT_LE or UNCERTAIN).")
    Path gold;

    @Option(names = "--input", required = true, paramLabel = "IN.jsonl", description = "Résumés (id, text) or analyze output (id, verdict, findings).")
    Path input;

    @Option(names = "--texts", paramLabel = "RESUMES.jsonl",
            description = "When --input is analyze output: the résumés it was made from (id, text), to tell which hold \"officer\" for rank_r_precision.")
    Path texts;

    @Option(names = "--policy", paramLabel = "POLICY.json", description = "Policy for résumés analyzed here (default: shipped).")
    Path policy;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        Map<String, Verdict> labels;
        try {
            labels = readGold(gold);
        } catch (IOException | IllegalArgumentException e) {
            root.err().println("The gold file " + gold + " cannot be used: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Analyzer analyzer;
        try {
            analyzer = policy == null ? Analyzer.withDefaultPolicy() : Analyzer.withPolicy(policy);
        } catch (PolicyException e) {
            root.err().println("The policy " + policy + " cannot be used: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Evaluation ev = new Evaluation();
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Boolean> officer = new HashMap<>();
        if (texts != null) {
            try {
                officer = readOfficer(texts, mapper);
            } catch (IOException e) {
                root.err().println("The résumés " + texts + " cannot be read: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        int skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n;
                try {
                    n = mapper.readTree(line);
                } catch (IOException e) {
                    skipped++;
                    continue;
                }
                String id = n == null || n.get("id") == null ? null : n.get("id").asText();
                Verdict g = id == null ? null : labels.get(id);
                if (g == null) {
                    skipped++;
                    continue;
                }
                if (n.hasNonNull("text")) {
                    String text = n.get("text").asText();
                    ev.add(id, g, analyzer.analyze(text), text);
                } else if (n.hasNonNull("verdict")) {
                    List<String> evidence = new ArrayList<>();
                    for (JsonNode f : n.path("findings")) {
                        if ("LE_EMPLOYMENT".equals(f.path("category").asText())) {
                            evidence.add("\"" + f.path("text").asText().replace('\n', ' ') + "\" at " + f.path("start").asInt()
                                    + "-" + f.path("end").asInt() + ": " + f.path("explanation").asText());
                        }
                    }
                    double risk = n.path("risk").asDouble(Double.NaN);
                    boolean holds = officer.getOrDefault(id, texts == null);
                    if (Double.isNaN(risk)) {
                        ev.add(id, g, Verdict.valueOf(n.get("verdict").asText()), evidence);
                    } else {
                        ev.add(id, g, Verdict.valueOf(n.get("verdict").asText()), evidence, risk, holds);
                    }
                } else {
                    skipped++;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            root.err().println("The input " + input + " cannot be read: " + e.getMessage());
            return ExitCode.USAGE;
        }
        print(out, ev, skipped);
        return ExitCode.OK;
    }

    /** Which résumés hold "officer", by id. */
    static Map<String, Boolean> readOfficer(Path file, ObjectMapper mapper) throws IOException {
        Map<String, Boolean> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n;
                try {
                    n = mapper.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                if (n != null && n.hasNonNull("id") && n.hasNonNull("text")) {
                    out.put(n.get("id").asText(), Evaluation.holdsOfficer(n.get("text").asText()));
                }
            }
        }
        return out;
    }

    static Map<String, Verdict> readGold(Path file) throws IOException {
        Map<String, Verdict> labels = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String label = rec.get("label").strip().toUpperCase(Locale.ROOT);
                try {
                    labels.put(rec.get("id").strip(), Verdict.valueOf(label));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("row " + rec.getRecordNumber() + " has label \"" + label
                            + "\"; use LE, NOT_LE or UNCERTAIN", e);
                }
            }
        }
        return labels;
    }

    static void print(PrintWriter out, Evaluation ev, int skipped) {
        out.println("confusion matrix (rows = gold, columns = analyzer):");
        out.printf(Locale.ROOT, "%-10s %8s %8s %10s%n", "", "LE", "NOT_LE", "UNCERTAIN");
        for (Verdict g : Verdict.values()) {
            out.printf(Locale.ROOT, "%-10s %8d %8d %10d%n", g, ev.count(g, Verdict.LE), ev.count(g, Verdict.NOT_LE),
                    ev.count(g, Verdict.UNCERTAIN));
        }
        out.printf(Locale.ROOT, "resumes = %d%n", ev.total());
        out.printf(Locale.ROOT, "le_recall = %.3f%n", ev.leRecall());
        out.printf(Locale.ROOT, "deferral_rate = %.3f%n", ev.deferralRate());
        out.printf(Locale.ROOT, "false_le = %d%n", ev.falseLe().size());
        out.printf(Locale.ROOT, "unnecessary_deferral = %.3f%n", ev.unnecessaryDeferral());
        out.printf(Locale.ROOT, "ranked_resumes = %d%n", ev.rankedResumes());
        double rp = ev.rankRPrecision();
        out.println(Double.isNaN(rp) ? "rank_r_precision = n/a" : String.format(Locale.ROOT, "rank_r_precision = %.3f", rp));
        if (skipped > 0) {
            out.printf(Locale.ROOT, "skipped_lines = %d%n", skipped);
        }
        for (Evaluation.FalseLe f : ev.falseLe()) {
            out.println("false LE: " + f.id() + " (gold " + f.gold() + ")");
            for (String e : f.evidence()) {
                out.println("    " + e);
            }
        }
    }
}
