package org.secondlook.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a batch file (CSV, XLSX or JSON Lines, by its name's extension and checked against its
 * content), validates every row, extracts résumé text from the files it names, and hands each row
 * to the handler as accepted or rejected, in file order, streaming.
 *
 * <p>Time and memory are bounded by {@link ReadLimits}: the file's size is checked before it is
 * opened, XLSX and DOCX are read under POI's zip-bomb limits, and each PDF or DOCX résumé is read on a
 * worker thread with a time limit, so a hostile résumé fails only its own row.
 */
public final class BatchReader {
    private static final Logger LOG = LoggerFactory.getLogger(BatchReader.class);

    /** The batch file name extensions this reader accepts. */
    public static final List<String> EXTENSIONS = List.of("csv", "xlsx", "jsonl", "ndjson");

    /** Largest uncompressed part of an XLSX or DOCX file. */
    static final long MAX_ZIP_ENTRY_BYTES = 1024L * 1024 * 1024;
    /** A zip part that expands more than 100× is treated as a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Receives progress (rows read, fraction of the file read 0–1) and answers whether to stop. */
    public interface Progress {
        Progress NONE = (rows, fraction) -> true;

        /**
         * @param rows     data rows read so far (accepted and rejected)
         * @param fraction how much of the file has been read, 0–1, or -1 where that is not known
         * @return false to stop reading after this row
         */
        boolean rowsRead(long rows, double fraction);
    }

    private final ReadLimits limits;
    private final ObjectMapper mapper;

    public BatchReader() {
        this(ReadLimits.defaults());
    }

    public BatchReader(ReadLimits limits) {
        this(limits, new ObjectMapper());
    }

    public BatchReader(ReadLimits limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
        // POI keeps these limits process-wide; they are the same for every reader.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads the whole batch (or until {@code progress} says stop).
     *
     * @throws UnusableFileException the file as a whole cannot be used; its message is one plain sentence
     * @throws IOException           reading failed for a reason outside the file (disk, permissions)
     */
    public void read(Path batchFile, BatchRowHandler handler, Progress progress) throws UnusableFileException, IOException {
        FormatCheck.Format format = FormatCheck.formatOf(batchFile, limits);
        long size = Files.size(batchFile);
        RowSource source = switch (format) {
            case CSV -> new CsvRowSource(batchFile, size);
            case XLSX -> new XlsxRowSource(batchFile);
            case JSONL -> new JsonLinesRowSource(batchFile, size, mapper);
        };
        try (ResumeLoader resumes = new ResumeLoader(batchFile, limits)) {
            RowValidator validator = new RowValidator(resumes, new EvidenceResolver(mapper));
            Counter counter = new Counter(validator, handler, progress);
            source.readRows(counter);
            LOG.info("Batch read: format={}, rows={}, accepted={}, rejected={}, stopped={}", format, counter.rows,
                    counter.accepted, counter.rows - counter.accepted, counter.stopped);
        }
    }

    /** Validates each row, hands it on, and reports progress. */
    private static final class Counter implements RowSink {
        private final RowValidator validator;
        private final BatchRowHandler handler;
        private final Progress progress;
        private long rows;
        private long accepted;
        private boolean stopped;

        Counter(RowValidator validator, BatchRowHandler handler, Progress progress) {
            this.validator = validator;
            this.handler = handler;
            this.progress = progress == null ? Progress.NONE : progress;
        }

        @Override
        public boolean row(RawRow row, double fraction) {
            ApplicantRecord record;
            try {
                record = validator.validate(row);
            } catch (RowProblem p) {
                return rejected(row.rowNumber(), RowValidator.idOf(row), p.getMessage(), fraction);
            }
            accepted++;
            handler.accepted(record);
            return advance(fraction);
        }

        @Override
        public boolean unreadable(int rowNumber, String reason, double fraction) {
            return rejected(rowNumber, null, reason, fraction);
        }

        private boolean rejected(int rowNumber, String id, String reason, double fraction) {
            handler.rejected(new RowRejection(rowNumber, id, reason));
            return advance(fraction);
        }

        private boolean advance(double fraction) {
            rows++;
            boolean go = progress.rowsRead(rows, fraction);
            stopped = !go;
            return go;
        }
    }
}
