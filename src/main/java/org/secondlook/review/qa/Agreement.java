package org.secondlook.review.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Percent agreement and Cohen's kappa between two raters who each gave one answer per item:
 * κ = (p_o − p_e) ÷ (1 − p_e), p_o the share of items where they agree, p_e the agreement expected by
 * chance from each rater's own answer shares. Kappa is undefined (null) with no items or when p_e = 1.
 * A warning goes with a sample under {@value #SMALL_SAMPLE} items or one answer making up at least
 * {@value #DOMINANT_PERCENT} % of all answers (kappa then swings with a single item).
 */
public record Agreement(String group, long items, long agreed, Double share, Double kappa, List<String> warnings) {
    public static final int SMALL_SAMPLE = 30;
    public static final int DOMINANT_PERCENT = 90;

    public Agreement {
        warnings = List.copyOf(warnings);
    }

    /** The agreement of {@code first[i]} with {@code second[i]} over all i. */
    public static Agreement of(String group, List<String> first, List<String> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("Both raters answer every item.");
        }
        int n = first.size();
        long agreed = 0;
        Map<String, Long> a = new HashMap<>();
        Map<String, Long> b = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (first.get(i).equals(second.get(i))) {
                agreed++;
            }
            a.merge(first.get(i), 1L, Long::sum);
            b.merge(second.get(i), 1L, Long::sum);
        }
        List<String> warnings = new ArrayList<>();
        if (n == 0) {
            return new Agreement(group, 0, 0, null, null, List.of("no answered review yet"));
        }
        if (n < SMALL_SAMPLE) {
            warnings.add("small sample: " + n + " reviews (under " + SMALL_SAMPLE + ")");
        }
        double po = (double) agreed / n;
        double pe = 0;
        TreeSet<String> answers = new TreeSet<>(a.keySet());
        answers.addAll(b.keySet());
        for (String c : answers) {
            long both = a.getOrDefault(c, 0L) + b.getOrDefault(c, 0L);
            if (both * 100 >= (long) DOMINANT_PERCENT * 2 * n) {
                warnings.add(String.format(Locale.ROOT, "one answer dominates: %s in %.0f %% of answers", c,
                        100.0 * both / (2.0 * n)));
            }
            pe += ((double) a.getOrDefault(c, 0L) / n) * ((double) b.getOrDefault(c, 0L) / n);
        }
        Double kappa = pe >= 1.0 - 1e-12 ? null : (po - pe) / (1 - pe);
        return new Agreement(group, n, agreed, po, kappa, warnings);
    }
}
