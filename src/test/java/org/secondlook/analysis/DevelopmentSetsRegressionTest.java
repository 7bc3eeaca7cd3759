package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression bars on the hand-written development sets: hand-120 (shared, read through
 * {@code ../shared/eval/hand-120}), free-prose-216, free-prose-set2-216, free-prose-set3-216,
 * free-prose-set4-216, free-prose-set5-216, free-prose-set7-216, free-prose-set8-216, free-prose-set9-216,
 * free-prose-set10-216 to free-prose-set47-216 (in the repository, under {@code eval/}). All are tuned on (set2 since round 4, set3 since round 5, set4 since round 6, set5
 * since round 7, set7 since round 9, set8 since round 10, set9 since round 11, set10 since round 12 (at the full
 * bar since round 13), set11 since round 13, set12 since round 14, set13 since round 15, set14 since round 16, set15 since round 17, set16 since round 18 (at the full bar since round 19), set17 since round 19, set18 since round 20, set19 since round 21, set20 since round 22, set21 since round 23,  set22 since round 24, set23 since round 25, set24 since round 26 (at the full bar since round 27), set25 and set26 since round 27, set27 since round 28, set28 since round 29, set29 since round 30, set30 since round 31, set31 and set32 since round 32, set33 since round 33, set34 since round 34, set35 since round 35, set36 since round 36, set37 since round 37, set38 since round 38, set39 since round 39, set40 since round 40, set41 since round 41, set43 and set44 since round 42, set46 and set47 since round 43 (set42 and set45 are held out: run once, not tuned on); set6 does not yet hold the bar), so these figures
 * guard against regressions; they are not evidence of accuracy.
 * A missing set fails under {@code CI=true} and is skipped elsewhere.
 */
class DevelopmentSetsRegressionTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy();

    private Evaluation evaluate(Path dir) throws Exception {
        Path input = dir.resolve("input.jsonl");
        Path goldCsv = dir.resolve("gold.csv");
        if (!Files.isRegularFile(input) || !Files.isRegularFile(goldCsv)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("development set missing under CI: " + dir.toAbsolutePath());
            }
            Assumptions.abort("development set not present: " + dir.toAbsolutePath());
        }
        Map<String, Verdict> gold = new HashMap<>();
        try (Reader r = Files.newBufferedReader(goldCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                gold.put(rec.get("id"), Verdict.valueOf(rec.get("label")));
            }
        }
        Evaluation ev = new Evaluation();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = m.readTree(line);
                String id = n.get("id").asText();
                String text = n.get("text").asText();
                assertThat(gold).as("gold label for " + id).containsKey(id);
                ev.add(id, gold.get(id), analyzer.analyze(text), text);
            }
        }
        assertThat(ev.total()).isEqualTo(gold.size());
        return ev;
    }

    /** The bar each development set holds: 0 NOT_LE or UNCERTAIN called LE, recall >= 0.95, deferral <= 0.02, rank >= 0.95. */
    private static void holdsTheBar(Evaluation ev, int size) {
        assertThat(ev.total()).isEqualTo(size);
        assertThat(ev.count(Verdict.NOT_LE, Verdict.LE)).isZero();
        assertThat(ev.count(Verdict.UNCERTAIN, Verdict.LE)).isZero();
        assertThat(ev.leRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.unnecessaryDeferral()).isLessThanOrEqualTo(0.02);
        assertThat(ev.rankRPrecision()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The issue's own bar (0 NOT_LE called LE, at most 2 UNCERTAIN called LE, recall at least 0.95, unnecessary deferral
     * at most 0.10, rank at least 0.90): for the sets tuned on last, whose one remaining UNCERTAIN called LE is a kind
     * not yet read (a translation in parentheses after an agency abroad; a LinkedIn "About" dating a short career).
     */
    private static void holdsTheIssueBar(Evaluation ev, int size) {
        assertThat(ev.total()).isEqualTo(size);
        assertThat(ev.count(Verdict.NOT_LE, Verdict.LE)).isZero();
        assertThat(ev.count(Verdict.UNCERTAIN, Verdict.LE)).isLessThanOrEqualTo(2);
        assertThat(ev.leRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.unnecessaryDeferral()).isLessThanOrEqualTo(0.10);
        assertThat(ev.rankRPrecision()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void hand120HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("..", "shared", "eval", "hand-120")), 120);
    }

    @Test
    void freeProse216HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-216")), 216);
    }

    @Test
    void freeProseSet2HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set2-216")), 216);
    }

    @Test
    void freeProseSet3HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set3-216")), 216);
    }

    @Test
    void freeProseSet4HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set4-216")), 216);
    }

    @Test
    void freeProseSet5HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set5-216")), 216);
    }

    @Test
    void freeProseSet7HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set7-216")), 216);
    }

    @Test
    void freeProseSet8HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set8-216")), 216);
    }

    @Test
    void freeProseSet9HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set9-216")), 216);
    }

    @Test
    void freeProseSet11HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set11-216")), 216);
    }

    /** Set10: development data since round 12, at the full bar since round 13. */
    @Test
    void freeProseSet10HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set10-216")), 216);
    }

    /** Set12: held out until round 14 (first run on db42f65: recall 0.889, 1 NOT_LE called LE), development data since. */
    @Test
    void freeProseSet12HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set12-216")), 216);
    }

    /** Set13: held out until round 15 (first run on 04ae3c3: recall 0.931, 5 NOT_LE and 1 UNCERTAIN called LE), development data since. */
    @Test
    void freeProseSet13HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set13-216")), 216);
    }

    /** Set14: held out until round 16 (first run on 3ffecb1: recall 0.931, 6 NOT_LE called LE), development data since. */
    @Test
    void freeProseSet14HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set14-216")), 216);
    }

    /** Set15: held out until round 17 (first run on 924a2a9: recall 0.931, 4 NOT_LE and 1 UNCERTAIN called LE), development data since. */
    @Test
    void freeProseSet15HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set15-216")), 216);
    }

    /**
     * Set16: held out until round 18 (first run on a653f6a: recall 0.903, 6 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.944), development data since; held at recall 0.93 after round 18, at the full bar since round 19
     * (recall 0.986).
     */
    @Test
    void freeProseSet16HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set16-216")), 216);
    }

    /** Set17: held out until round 19 (first run on ae42021: recall 0.889, 4 NOT_LE and 2 UNCERTAIN called LE), development data since. */
    @Test
    void freeProseSet17HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set17-216")), 216);
    }

    /**
     * Set18: held out until round 20 (first run on 9da8d67: recall 1.000, 3 NOT_LE and 1 UNCERTAIN called LE,
     * rank 0.972), development data since; at the full bar after round 20 (0/0, recall 1.000, rank 1.000).
     */
    @Test
    void freeProseSet18HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set18-216")), 216);
    }

    /**
     * Set19: held out until round 21 (first run on 0b9a5ff: recall 0.903, 1 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.972), development data since; at the full bar after round 21 (0/0, recall 1.000, deferral 0.006, rank 1.000).
     */
    @Test
    void freeProseSet19HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set19-216")), 216);
    }

    /**
     * Set20: held out until round 22 (first run on 84a1f00: recall 0.917, 1 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.944), development data since; at the full bar after round 22 (0/0, recall 1.000, deferral 0.006, rank 0.991).
     */
    @Test
    void freeProseSet20HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set20-216")), 216);
    }

    /**
     * Set21: held out until round 23 (first run on fe8e168: recall 0.819, 5 NOT_LE and 1 UNCERTAIN called LE,
     * rank 0.944), development data since; at the full bar after round 23 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet21HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set21-216")), 216);
    }

    /**
     * Set22: held out until round 24 (first run on c50bf41: recall 0.875, 5 NOT_LE and 1 UNCERTAIN called LE,
     * rank 0.944), development data since; at the full bar after round 24 (0/0, recall 0.972, deferral 0.000, rank 0.991).
     */
    @Test
    void freeProseSet22HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set22-216")), 216);
    }

    /**
     * Set23: held out until round 25 (first run on b437a74: recall 0.944, 16 NOT_LE and 5 UNCERTAIN called LE,
     * rank 0.852), development data since; at the full bar after round 25 (0/0, recall 0.972, deferral 0.000, rank 0.954).
     */
    @Test
    void freeProseSet23HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set23-216")), 216);
    }

    /**
     * Set24: held out until round 26 (first run on d143d6b: recall 0.917, 5 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.954), development data since; 0/0, recall 0.944 after round 26; at the full bar after round 27
     * (0/0, recall 0.986, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet24HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set24-216")), 216);
    }

    /**
     * Set25: held out until round 27 (first run on 726a15f: recall 0.972, 1 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.991), development data since; at the full bar after round 27 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet25HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set25-216")), 216);
    }

    /**
     * Set26: held out until round 27 (first run on 71d8a1c: recall 0.944, 5 NOT_LE and 0 UNCERTAIN called LE,
     * rank 0.954), development data since; at the full bar after round 27 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet26HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set26-216")), 216);
    }

    /**
     * Set27: held out until round 28 (first run on 76def87: recall 0.889, 4 NOT_LE and 1 UNCERTAIN called LE,
     * rank 0.963), development data since; at the full bar after round 28 (0/0, recall 0.958, deferral 0.000, rank 0.991).
     */
    @Test
    void freeProseSet27HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set27-216")), 216);
    }

    /**
     * Set28: held out until round 29 (first run on be3a3bf: recall 0.972, 4 NOT_LE and 3 UNCERTAIN called LE,
     * rank 0.963), development data since; at the full bar after round 29 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet28HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set28-216")), 216);
    }

    /**
     * Set29: held out until round 30 (first run on 4f492a9: recall 0.944, 2 NOT_LE and 1 UNCERTAIN called LE,
     * rank 0.981), development data since; at the full bar after round 30 (0/0, recall 0.958, deferral 0.017, rank 0.991).
     */
    @Test
    void freeProseSet29HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set29-216")), 216);
    }

    /**
     * Set30: held out until round 31 (first run on 20c8475: recall 0.958, 2 NOT_LE and 2 UNCERTAIN called LE,
     * rank 0.981), development data since; at the full bar after round 31 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet30HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set30-216")), 216);
    }

    /**
     * Set31: held out until round 32 (first run after round 31, d62ca17: recall 1.000, 0 NOT_LE and 1 UNCERTAIN called
     * LE, rank 0.977), development data since; at the full bar after round 32 (0/0, recall 1.000, deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet31HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set31-216")), 216);
    }

    /**
     * Set32: held out until round 32 (first run on the same rules as set31: recall 1.000, 3 NOT_LE and 1 UNCERTAIN
     * called LE, rank 0.978), development data since; at the full bar after round 32 (0/0, 1.000, 0.000, 1.000).
     */
    @Test
    void freeProseSet32HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set32-216")), 216);
    }

    /**
     * Set33: held out until round 33 (first run after round 32, 3420eca: recall 1.000, 1 NOT_LE and 4 UNCERTAIN called
     * LE, rank 0.990), development data since; at the full bar after round 33 (0/0, 1.000, 0.000, 1.000).
     */
    @Test
    void freeProseSet33HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set33-216")), 216);
    }

    /**
     * Set34: held out until round 34 (first run after round 33, 1b58e0c: recall 1.000, 0 NOT_LE and 1 UNCERTAIN called
     * LE, unnecessary deferral 0.006, rank 0.978), development data since.
     */
    @Test
    void freeProseSet34HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set34-216")), 216);
    }

    /**
     * Set35: held out until round 35 (first run after round 34, 89ad533: recall 0.972, 2 NOT_LE and 2 UNCERTAIN called
     * LE, unnecessary deferral 0.006, rank 0.989), development data since.
     */
    @Test
    void freeProseSet35HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set35-216")), 216);
    }

    /**
     * Set36: held out until round 36 (first run after round 35, 917a4b2: recall 0.986, 1 NOT_LE and 2 UNCERTAIN called
     * LE, unnecessary deferral 0.006, rank 0.989), development data since; at the full bar after round 36 (0/0, 1.000).
     */
    @Test
    void freeProseSet36HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set36-216")), 216);
    }

    /**
     * Set37: held out until round 37 (first run after round 36, d97b81d: recall 1.000, 1 NOT_LE and 2 UNCERTAIN called
     * LE, rank 0.979), development data since; at the full bar after round 37 (0/0, 1.000).
     */
    @Test
    void freeProseSet37HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set37-216")), 216);
    }

    /**
     * Set38: held out until round 38 (first run on the final rules of round 37, 548cef8: recall 0.972, 1 NOT_LE and 1
     * UNCERTAIN called LE, unnecessary deferral 0.006, rank 0.989), development data since; at the full bar after round 38
     * (0/0, 1.000, unnecessary deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet38HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set38-216")), 216);
    }

    /**
     * Set39: held out until round 39 (first run after round 38, 628a251: recall 0.972, 1 NOT_LE and 1 UNCERTAIN called
     * LE, unnecessary deferral 0.011, rank 0.989), development data since; at the full bar after round 39 (0/0, 1.000,
     * unnecessary deferral 0.006, rank 0.989).
     */
    @Test
    void freeProseSet39HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set39-216")), 216);
    }

    /**
     * Set40: held out until round 40 (first run after round 39, 29e21a2: recall 0.972, 1 NOT_LE and 1 UNCERTAIN called
     * LE, unnecessary deferral 0.011, rank 0.978), development data since; at the full bar after round 40 (0/0, 1.000,
     * unnecessary deferral 0.000, rank 1.000).
     */
    @Test
    void freeProseSet40HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set40-216")), 216);
    }

    /**
     * Set41: held out until round 41 (first run after round 40, 49f50e7: recall 0.986, 0 NOT_LE and 2 UNCERTAIN called
     * LE, unnecessary deferral 0.006, rank 0.989 — within the bar), development data since; after round 41 0/0, 1.000.
     */
    @Test
    void freeProseSet41HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set41-216")), 216);
    }

    /**
     * Set43: held out until round 42 (first run after round 41, ca1fe6c: recall 1.000, 1 NOT_LE and 2 UNCERTAIN called
     * LE, unnecessary deferral 0.006, rank 0.978), development data since; after round 42 0/1, 1.000 (the issue's bar).
     */
    @Test
    void freeProseSet43HoldsTheIssueBar() throws Exception {
        holdsTheIssueBar(evaluate(Path.of("eval", "free-prose-set43-216")), 216);
    }

    /**
     * Set44: held out until round 42 (first run after round 41, ca1fe6c: recall 0.972, 3 NOT_LE and 5 UNCERTAIN called
     * LE, unnecessary deferral 0.011, rank 0.976), development data since; after round 42 0/1, 0.972 (the issue's bar).
     */
    @Test
    void freeProseSet44HoldsTheIssueBar() throws Exception {
        holdsTheIssueBar(evaluate(Path.of("eval", "free-prose-set44-216")), 216);
    }

    /**
     * Set46: held out until round 43 (first run on the rules after round 42, ded4100: recall 0.986, 0 NOT_LE and 1
     * UNCERTAIN called LE, unnecessary deferral 0.006, rank 1.000 — within the bar), development data since; after round
     * 43 0/0, 0.986.
     */
    @Test
    void freeProseSet46HoldsTheBar() throws Exception {
        holdsTheBar(evaluate(Path.of("eval", "free-prose-set46-216")), 216);
    }

    /**
     * Set47: held out until round 43 (first run on the rules after round 42, ded4100: recall 0.986, 1 NOT_LE and 2
     * UNCERTAIN called LE, rank 0.988), development data since; after round 43 0/1, 0.986 (the issue's bar; police in
     * the Independent State of Samoa is still read as LE).
     */
    @Test
    void freeProseSet47HoldsTheIssueBar() throws Exception {
        holdsTheIssueBar(evaluate(Path.of("eval", "free-prose-set47-216")), 216);
    }
}
