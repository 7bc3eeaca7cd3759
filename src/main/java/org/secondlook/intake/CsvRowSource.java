package org.secondlook.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV in UTF-8 (an optional BOM is dropped); quoted fields may hold line breaks. */
final class CsvRowSource implements RowSource {
    /** One row's bound while reading: a 20-million-character résumé text and the other fields beside it. */
    static final long MAX_RECORD_CHARS = 24_000_000L;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final Path file;
    private final long size;
    private final HeaderCheck headerCheck;

    CsvRowSource(Path file, long size) {
        this(file, size, HeaderCheck.BATCH);
    }

    CsvRowSource(Path file, long size, HeaderCheck headerCheck) {
        this.file = file;
        this.size = size;
        this.headerCheck = headerCheck;
    }

    @Override
    public void readRows(RowSink sink) throws UnusableFileException, IOException {
        String name = file.getFileName().toString();
        long lastRow = 1;
        try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                BoundedRecordReader reader = new BoundedRecordReader(in, MAX_RECORD_CHARS);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnusableFileException(name + " has no header row; its first row must name the columns (see docs/formats.md).");
            }
            List<String> header = new ArrayList<>();
            for (String h : records.next()) {
                header.add(Columns.normalise(h));
            }
            String problem = headerCheck.problemWith(header, name);
            if (problem != null) {
                throw new UnusableFileException(problem);
            }
            reader.nextRecord();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                reader.nextRecord();
                lastRow = record.getRecordNumber();
                Map<String, String> fields = new HashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    String value = record.get(i);
                    if (value != null && !value.isEmpty() && !header.get(i).isEmpty()) {
                        fields.putIfAbsent(header.get(i), value);
                        blank &= value.isBlank();
                    }
                }
                if (blank) {
                    continue;
                }
                double fraction = size > 0 ? Math.min(1.0, (double) in.count() / size) : -1;
                if (!sink.row(new RawRow(Math.toIntExact(record.getRecordNumber()), fields), fraction)) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw FatalRead.unusable(name, lastRow, e.getCause() == null ? e : e.getCause(), plain(e.getCause()),
                    "check its quotes or export it again as CSV UTF-8");
        } catch (java.nio.charset.CharacterCodingException | BoundedRecordReader.RecordTooLongException e) {
            throw FatalRead.unusable(name, lastRow, e, null, null);
        }
    }

    private static String plain(Throwable t) {
        String m = t == null ? null : t.getMessage();
        if (m == null) {
            return "broken CSV";
        }
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "the file ends inside a quoted field, so it may be truncated";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted field is followed by stray characters";
        }
        return "broken CSV";
    }
}
