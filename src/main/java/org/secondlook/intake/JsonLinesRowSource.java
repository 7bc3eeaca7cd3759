package org.secondlook.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** JSON Lines: one object per line, UTF-8; blank lines are skipped; row number = line number. */
final class JsonLinesRowSource implements RowSource {
    /** A line longer than this (in characters) is rejected without being held in memory. */
    static final int MAX_LINE_CHARS = 32 * 1024 * 1024;

    private final Path file;
    private final long size;
    private final ObjectMapper mapper;

    JsonLinesRowSource(Path file, long size, ObjectMapper mapper) {
        this.file = file;
        this.size = size;
        this.mapper = mapper;
    }

    @Override
    public void readRows(RowSink sink) throws UnusableFileException, IOException {
        String name = file.getFileName().toString();
        boolean first = true;
        int lineNumber = 0;
        try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                Reader reader = BoundedRecordReader.strictUtf8(in)) {
            BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE_CHARS);
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                double fraction = size > 0 ? Math.min(1.0, (double) in.count() / size) : -1;
                if (line == BoundedLineReader.TOO_LONG) {
                    if (!sink.unreadable(lineNumber, "the line is longer than " + (MAX_LINE_CHARS / (1024 * 1024))
                            + " million characters", fraction)) {
                        return;
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    node = null;
                }
                if (node == null || !node.isObject()) {
                    if (first) {
                        throw new UnusableFileException(name + " is not JSON Lines: line " + lineNumber
                                + " is not a JSON object; write one {\"applicant_id\": ...} object per line.");
                    }
                    if (!sink.unreadable(lineNumber, "the line is not a JSON object", fraction)) {
                        return;
                    }
                    continue;
                }
                Map<String, String> fields = fields(node);
                if (first) {
                    String problem = Columns.problemWith(fields.keySet(), name, "keys");
                    if (problem != null) {
                        throw new UnusableFileException(problem);
                    }
                    first = false;
                }
                if (!sink.row(new RawRow(lineNumber, fields), fraction)) {
                    return;
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw FatalRead.unusable(name, Math.max(0, lineNumber), e, null, null);
        }
    }

    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue;
            }
            String text = v.isValueNode() ? v.asText() : v.toString();
            if (!text.isEmpty()) {
                fields.putIfAbsent(Columns.normalise(e.getKey()), text);
            }
        }
        return fields;
    }
}
