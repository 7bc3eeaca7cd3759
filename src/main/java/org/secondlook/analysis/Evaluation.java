package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

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
    /** Résumés holding "officer" (what the screening tool labelled LEO): their gold label and risk. */
    private final List<Ranked> queue = new ArrayList<>();
    private int total;

    private record Ranked(Verdict gold, double risk) {
    }

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

    /**
     * One résumé with its risk; {@code holdsOfficer} says whether its text contains "officer"
     * (case-insensitive), i.e. whether the screening tool put it in the queue that risk orders.
     */
    public void add(String id, Verdict gold, Verdict predicted, List<String> leEvidence, double risk, boolean holdsOfficer) {
        add(id, gold, predicted, leEvidence);
        if (holdsOfficer) {
            queue.add(new Ranked(gold, risk));
        }
    }

    /** Whether a résumé text holds "officer", case-insensitive: the screening tool's LEO rule. */
    public static boolean holdsOfficer(String text) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains("officer");
    }

    /** Analyses already made, with the résumé text to tell whether the screening tool queued it. */
    public void add(String id, Verdict gold, AnalysisResult r, String text) {
        add(id, gold, r.verdict(), evidence(r), r.risk(), holdsOfficer(text));
    }

    public void add(String id, Verdict gold, AnalysisResult r) {
        add(id, gold, r.verdict(), evidence(r));
    }

    private static List<String> evidence(AnalysisResult r) {
        return r.findings().stream().filter(f -> f.category() == FindingCategory.LE_EMPLOYMENT)
                .map(f -> "\"" + f.text().replace('\n', ' ') + "\" at " + f.start() + "-" + f.end() + ": " + f.explanation())
                .toList();
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

    /**
     * UNCERTAIN given to a résumé whose gold label is LE or NOT_LE, over those résumés (an
     * UNCERTAIN on a policy-dependent résumé is right, not a deferral to count).
     */
    public double unnecessaryDeferral() {
        int settled = 0;
        int deferred = 0;
        for (Verdict g : new Verdict[] {Verdict.LE, Verdict.NOT_LE}) {
            for (Verdict p : Verdict.values()) {
                settled += count(g, p);
            }
            deferred += count(g, Verdict.UNCERTAIN);
        }
        return settled == 0 ? 0 : deferred / (double) settled;
    }

    /** How many résumés entered the ranking (those holding "officer" and added with a risk). */
    public int rankedResumes() {
        return queue.size();
    }

    /**
     * Among résumés holding "officer", the first P by descending risk, P being how many of them are
     * gold NOT_LE: the share of those P that are NOT_LE. Résumés tied at the cut count at their
     * expected share. NaN when P is 0.
     */
    public double rankRPrecision() {
        int p = (int) queue.stream().filter(r -> r.gold() == Verdict.NOT_LE).count();
        if (p == 0) {
            return Double.NaN;
        }
        List<Ranked> sorted = new ArrayList<>(queue);
        sorted.sort((a, b) -> Double.compare(b.risk(), a.risk()));
        double hits = 0;
        int taken = 0;
        for (int i = 0; i < sorted.size() && taken < p; ) {
            int j = i;
            int notLe = 0;
            while (j < sorted.size() && sorted.get(j).risk() == sorted.get(i).risk()) {
                notLe += sorted.get(j).gold() == Verdict.NOT_LE ? 1 : 0;
                j++;
            }
            int group = j - i;
            int room = Math.min(group, p - taken);
            hits += notLe * (room / (double) group);
            taken += room;
            i = j;
        }
        return hits / p;
    }
}
