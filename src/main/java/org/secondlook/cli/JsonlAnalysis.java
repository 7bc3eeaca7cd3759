package org.secondlook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * Lines travel as UTF-8 bytes ({@link ByteLines}); each worker reads its line with Jackson's streaming
 * UTF-8 parser, taking only {@code id} and {@code text}. A line that is not valid UTF-8 is decoded with
 * U+FFFD for each bad sequence and read again, so such bytes never stop the analysis.
 */
final class JsonlAnalysis {
    private static final int BATCH_LINES = 64;
    private final Analyzer analyzer;
    private final int threads;
    private final JsonFactory factory = new JsonFactory();

    /** Counts of what was written. */
    record Counts(long lines, long errors) {
    }

    JsonlAnalysis(Analyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    Counts run(InputStream in, Writer out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<String[]>> inFlight = new ArrayDeque<>();
        long lines = 0;
        long errors = 0;
        try {
            ByteLines source = new ByteLines(in);
            byte[][] batch = new byte[BATCH_LINES][];
            int n = 0;
            long firstLine = 1;
            byte[] line;
            while ((line = source.next()) != null) {
                batch[n++] = line;
                if (n == BATCH_LINES) {
                    inFlight.add(submit(pool, batch, n, firstLine));
                    firstLine += n;
                    batch = new byte[BATCH_LINES][];
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

    private Future<String[]> submit(ExecutorService pool, byte[][] batch, int n, long firstLine) {
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

    /** The output line for one input line (UTF-8): the analysis, or an error line naming the problem. */
    String answer(byte[] line, long lineNumber) {
        Fields fields;
        try {
            fields = read(factory.createParser(line));
        } catch (IOException e) {
            try {
                fields = read(factory.createParser(decodeReplacing(line))); // bad UTF-8: U+FFFD, then JSON again
            } catch (IOException notJson) {
                return error(null, "line " + lineNumber + " is not valid JSON");
            }
        }
        if (fields == null) {
            return error(null, "line " + lineNumber + " is not a JSON object");
        }
        if (fields.text == null) {
            return error(fields.id, "line " + lineNumber + " has no \"text\" string");
        }
        try {
            return result(fields.id, analyzer.analyze(fields.text));
        } catch (RuntimeException e) {
            return error(fields.id, "line " + lineNumber + " could not be analyzed");
        }
    }

    /** A line's top-level {@code id} (as text; null when absent or null) and {@code text} (null unless a string). */
    private static final class Fields {
        String id;
        String text;
    }

    /** The top-level fields of the object on the line; null when the line holds something else than an object. */
    private static Fields read(JsonParser p) throws IOException {
        try (p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Fields f = new Fields();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("text".equals(name)) {
                    f.text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                } else if ("id".equals(name)) {
                    f.id = value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? p.getText() : "";
                }
                p.skipChildren();
            }
            if (t != JsonToken.END_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of the object");
            }
            return f;
        }
    }

    private static String decodeReplacing(byte[] line) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(line)).toString();
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
