package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gold labels against verdicts: confusion matrix, LE recall, deferral rate, and every false LE. */
public final class Evaluation {
    /** A résumé called LE whose gold label is not LE, with the evidence that made it LE. */
    public record FalseLe(String id, Verdict gold, List<String> evidence) {
    }

    private final Map<Verdict, Map<Verdict, Integer>> matrix = new EnumMap<>(Verdict.class);
    private final List<FalseLe> falseLe = new ArrayList<>();
    private int total;

    public Evaluation() {
        for (Verdict g : Verdict.values()) {
            Map<Verdict, Integer> row = new EnumMap<>(Verdict.class);
            for (Verdict p : Verdict.values()) {
                row.put(p, 0);
            }
            matrix.put(g, row);
        }
    }

    public void add(String id, Verdict gold, Verdict predicted, List<String> leEvidence) {
        matrix.get(gold).merge(predicted, 1, Integer::sum);
        total++;
        if (predicted == Verdict.LE && gold != Verdict.LE) {
            falseLe.add(new FalseLe(id, gold, List.copyOf(leEvidence)));
        }
    }

    public void add(String id, Verdict gold, AnalysisResult r) {
        List<String> evidence = r.findings().stream().filter(f -> f.category() == FindingCategory.LE_EMPLOYMENT)
                .map(f -> "\"" + f.text().replace('\n', ' ') + "\" at " + f.start() + "-" + f.end() + ": " + f.explanation())
                .toList();
        add(id, gold, r.verdict(), evidence);
    }

    public int count(Verdict gold, Verdict predicted) {
        return matrix.get(gold).get(predicted);
    }

    public int total() {
        return total;
    }

    /** Gold-LE résumés called LE, over all gold-LE résumés (1 when there are none). */
    public double leRecall() {
        int goldLe = 0;
        for (Verdict p : Verdict.values()) {
            goldLe += count(Verdict.LE, p);
        }
        return goldLe == 0 ? 1.0 : count(Verdict.LE, Verdict.LE) / (double) goldLe;
    }

    /** Share of all résumés called UNCERTAIN. */
    public double deferralRate() {
        int u = 0;
        for (Verdict g : Verdict.values()) {
            u += count(g, Verdict.UNCERTAIN);
        }
        return total == 0 ? 0 : u / (double) total;
    }

    public List<FalseLe> falseLe() {
        return List.copyOf(falseLe);
    }

    public double accuracy() {
        int ok = 0;
        for (Verdict v : Verdict.values()) {
            ok += count(v, v);
        }
        return total == 0 ? 0 : ok / (double) total;
    }
}
