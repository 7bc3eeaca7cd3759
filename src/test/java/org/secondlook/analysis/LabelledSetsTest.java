package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The generated development set, the held-out set (never tuned on) and a cross-check set written
 * independently by another engineer, with their gold labels.
 */
class LabelledSetsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy();

    private Evaluation evaluate(String jsonl, String goldCsv) throws Exception {
        Map<String, Verdict> gold = new HashMap<>();
        try (Reader r = new InputStreamReader(resource(goldCsv), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                gold.put(rec.get("id"), Verdict.valueOf(rec.get("label")));
            }
        }
        Evaluation ev = new Evaluation();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(jsonl), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = m.readTree(line);
                String id = n.get("id").asText();
                ev.add(id, gold.get(id), analyzer.analyze(n.get("text").asText()));
            }
        }
        assertThat(ev.total()).isEqualTo(gold.size());
        return ev;
    }

    private static InputStream resource(String path) {
        InputStream in = LabelledSetsTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    @Test
    void developmentSetIsReadWell() throws Exception {
        Evaluation ev = evaluate("/analysis/dev/dev.jsonl", "/analysis/dev/dev-gold.csv");
        assertThat(ev.total()).isGreaterThanOrEqualTo(150);
        assertThat(ev.leRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.falseLe()).isEmpty();
        assertThat(ev.accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void heldOutSetMeetsTheBar() throws Exception {
        Evaluation ev = evaluate("/analysis/heldout/heldout.jsonl", "/analysis/heldout/heldout-gold.csv");
        assertThat(ev.total()).isGreaterThanOrEqualTo(50);
        assertThat(ev.leRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.falseLe()).isEmpty();
        assertThat(ev.deferralRate()).isLessThanOrEqualTo(0.10);
    }

    @Test
    void crossCheckSetWrittenByAnotherEngineerMeetsTheBar() throws Exception {
        Evaluation ev = evaluate("/analysis/crosscheck/crosscheck.jsonl", "/analysis/crosscheck/crosscheck-gold.csv");
        assertThat(ev.total()).isEqualTo(70);
        assertThat(ev.leRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.falseLe()).isEmpty();
        assertThat(ev.deferralRate()).isLessThanOrEqualTo(0.10);
    }
}
