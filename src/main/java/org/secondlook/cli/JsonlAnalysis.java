package org.secondlook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.secondlook.analysis.AnalysisFinding;
import org.secondlook.analysis.AnalysisResult;
import org.secondlook.analysis.Analyzer;

/**
 * Streams JSON Lines through the analyzer (docs/analyzer.md): lines are analysed in batches on a fixed
 * pool of threads, and results are written in input order. At most a bounded number of batches is
 * in flight, so memory stays constant however long the file is. A bad line becomes an error line.
 */
final class JsonlAnalysis {
    private static final int BATCH_LINES = 64;
    private final Analyzer analyzer;
    private final int threads;
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();

    /** Counts of what was written. */
    record Counts(long lines, long errors) {
    }

    JsonlAnalysis(Analyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    Counts run(BufferedReader in, Writer out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<String[]>> inFlight = new ArrayDeque<>();
        long lines = 0;
        long errors = 0;
        try {
            String[] batch = new String[BATCH_LINES];
            int n = 0;
            long firstLine = 1;
            String line;
            while ((line = in.readLine()) != null) {
                batch[n++] = line;
                if (n == BATCH_LINES) {
                    inFlight.add(submit(pool, batch, n, firstLine));
                    firstLine += n;
                    batch = new String[BATCH_LINES];
                    n = 0;
                    while (inFlight.size() >= threads * 4) {
                        errors += drainOne(inFlight, out);
                    }
                }
            }
            if (n > 0) {
                inFlight.add(submit(pool, batch, n, firstLine));
                firstLine += n;
            }
            while (!inFlight.isEmpty()) {
                errors += drainOne(inFlight, out);
            }
            lines = firstLine - 1;
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return new Counts(lines, errors);
    }

    private Future<String[]> submit(ExecutorService pool, String[] batch, int n, long firstLine) {
        return pool.submit(() -> {
            String[] outLines = new String[n];
            for (int i = 0; i < n; i++) {
                outLines[i] = answer(batch[i], firstLine + i);
            }
            return outLines;
        });
    }

    private static int drainOne(ArrayDeque<Future<String[]>> inFlight, Writer out) throws IOException {
        String[] done;
        try {
            done = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while analyzing", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed: " + e.getCause(), e.getCause());
        }
        int errors = 0;
        for (String s : done) {
            if (s.startsWith("{\"id\"") && s.contains("\"error\":")) {
                errors++;
            }
            out.write(s);
            out.write('\n');
        }
        return errors;
    }

    /** The output line for one input line: the analysis, or an error line naming the problem. */
    String answer(String line, long lineNumber) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (IOException e) {
            return error(null, "line " + lineNumber + " is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            return error(null, "line " + lineNumber + " is not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return error(id, "line " + lineNumber + " has no \"text\" string");
        }
        try {
            return result(id, analyzer.analyze(text.asText()));
        } catch (RuntimeException e) {
            return error(id, "line " + lineNumber + " could not be analyzed");
        }
    }

    private String result(String id, AnalysisResult r) {
        StringWriter sw = new StringWriter(256);
        try (JsonGenerator g = factory.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("verdict", r.verdict().name());
            if (r.leMonths() == null) {
                g.writeNullField("leMonths");
            } else {
                g.writeNumberField("leMonths", r.leMonths());
            }
            g.writeNumberField("risk", r.risk());
            g.writeArrayFieldStart("findings");
            for (AnalysisFinding f : r.findings()) {
                g.writeStartObject();
                g.writeNumberField("start", f.start());
                g.writeNumberField("end", f.end());
                g.writeStringField("category", f.category().name());
                g.writeStringField("text", f.text());
                g.writeStringField("explanation", f.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private String error(String id, String message) {
        StringWriter sw = new StringWriter(96);
        try (JsonGenerator g = factory.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
