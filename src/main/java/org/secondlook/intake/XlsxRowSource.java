package org.secondlook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed (SAX) so a large sheet is not held in memory. Cells
 * are read as a person sees them (DataFormatter); date cells become ISO dates.
 */
final class XlsxRowSource implements RowSource {
    private final Path file;
    private final HeaderCheck headerCheck;

    XlsxRowSource(Path file) {
        this(file, HeaderCheck.BATCH);
    }

    XlsxRowSource(Path file, HeaderCheck headerCheck) {
        this.file = file;
        this.headerCheck = headerCheck;
    }

    @Override
    public void readRows(RowSink sink) throws UnusableFileException, IOException {
        String name = file.getFileName().toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw XlsxProblems.unusable(name, e, "open");
        }
        SheetRows rows = new SheetRows(name, sink, headerCheck);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new UnusableFileException(name + " has no worksheet; put the batch on its first sheet.");
            }
            // Read the whole sheet once before any row is handed over: a bomb or damage found on the way
            // refuses the file before anything is stored (the zip limits apply while reading).
            try (InputStream probe = sheets.next()) {
                probe.transferTo(OutputStream.nullOutputStream());
            }
            sheets = reader.getSheetIterator();
            try (InputStream raw = sheets.next(); CountingInputStream in = new CountingInputStream(raw)) {
                long partSize = sheets.getSheetPart().getSize();
                rows.progress(in, partSize);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoDateFormatter(), false));
                parser.parse(new InputSource(in));
            }
        } catch (StopReading stop) {
            if (stop.unusable != null) {
                throw stop.unusable;
            }
        } catch (UnusableFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            StopReading stop = XlsxProblems.find(e, StopReading.class);
            if (stop != null) {
                if (stop.unusable != null) {
                    throw stop.unusable;
                }
                return;
            }
            throw XlsxProblems.unusable(name, e, rows.lastRow == 0 ? "open" : "after row " + rows.lastRow);
        } finally {
            pkg.revert();
        }
        if (!rows.headerSeen) {
            throw new UnusableFileException(name + " has an empty first sheet; put the batch there with a header row.");
        }
    }

    /** Thrown from inside the SAX callbacks to stop parsing early. */
    static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient UnusableFileException unusable;

        StopReading(UnusableFileException unusable) {
            super(null, null, false, false);
            this.unusable = unusable;
        }
    }

    /** Collects cells into rows; the first row seen is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final RowSink sink;
        private final HeaderCheck headerCheck;
        private final List<String> header = new ArrayList<>();
        private Map<Integer, String> cells = new HashMap<>();
        private int nextColumn;
        private boolean headerSeen;
        private int lastRow;
        private CountingInputStream in;
        private long partSize;

        SheetRows(String name, RowSink sink, HeaderCheck headerCheck) {
            this.name = name;
            this.sink = sink;
            this.headerCheck = headerCheck;
        }

        void progress(CountingInputStream in, long partSize) {
            this.in = in;
            this.partSize = partSize;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            if (value != null && !value.isEmpty()) {
                cells.put(col, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            lastRow = rowNum + 1;
            if (!headerSeen) {
                if (cells.isEmpty()) {
                    return;
                }
                int max = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int i = 0; i <= max; i++) {
                    header.add(Columns.normalise(cells.get(i)));
                }
                headerSeen = true;
                String problem = headerCheck.problemWith(header, name);
                if (problem != null) {
                    throw new StopReading(new UnusableFileException(problem));
                }
                return;
            }
            Map<String, String> fields = new HashMap<>();
            boolean blank = true;
            for (Map.Entry<Integer, String> c : cells.entrySet()) {
                if (c.getKey() < header.size() && !header.get(c.getKey()).isEmpty()) {
                    fields.putIfAbsent(header.get(c.getKey()), c.getValue());
                    blank &= c.getValue().isBlank();
                }
            }
            if (blank) {
                return;
            }
            double fraction = partSize > 0 ? Math.min(1.0, (double) in.count() / partSize) : -1;
            if (!sink.row(new RawRow(rowNum + 1, fields), fraction)) {
                throw new StopReading(null);
            }
        }
    }
}
