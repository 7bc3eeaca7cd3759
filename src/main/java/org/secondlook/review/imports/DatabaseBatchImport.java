package org.secondlook.review.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.secondlook.analysis.Analyzer;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.store.Database;
import org.secondlook.store.ImportRunStore;
import org.secondlook.store.ImportWriter;
import org.secondlook.store.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.review.LogSafe;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.Permission;
import org.secondlook.review.SearchCatchUp;

/** Imports a batch as the session's user: read, analyse in parallel, store in order, record the run. */
public final class DatabaseBatchImport implements BatchImport {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBatchImport.class);
    static final int CHUNK_ROWS = 1000;

    private final Database db;
    private final String actor;
    private final AccessCheck access;
    private final java.util.function.Supplier<Analyzer> analyzer;
    private final java.util.function.Supplier<BatchReader> reader;
    private final Clock clock;
    private final int threads;

    /** Room asked for on a full disk: twice the batch file, and this much besides. */
    private static final long MIN_FREE_BYTES = 32L * 1024 * 1024;
    private long neededBytes = MIN_FREE_BYTES;

    public DatabaseBatchImport(Database db, String actor, AccessCheck access, Analyzer analyzer, BatchReader reader, Clock clock) {
        this(db, actor, access, () -> analyzer, () -> reader, clock);
    }

    /**
     * {@code analyzer} and {@code reader} are asked for only when a batch arrives (building the default
     * analyzer and reader takes a second and more, which a command that only reads never needs).
     */
    public DatabaseBatchImport(Database db, String actor, AccessCheck access, java.util.function.Supplier<Analyzer> analyzer,
                               java.util.function.Supplier<BatchReader> reader, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.access = access;
        this.analyzer = analyzer;
        this.reader = reader;
        this.clock = clock;
        this.threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public ImportReport importBatch(Path batchFile, ImportProgress progress) throws UnusableFileException {
        Path name = batchFile.getFileName();
        long size = 0;
        try {
            size = java.nio.file.Files.size(batchFile);
        } catch (IOException e) {
            // the reader says what is wrong with the file
        }
        neededBytes = 2 * size + MIN_FREE_BYTES;
        return importRows(name == null ? batchFile.toString() : name.toString(),
                (handler, p) -> reader.get().read(batchFile, handler, p), progress);
    }

    /** Makes every stored row searchable: the writer's last segment, then anything it left queued. */
    private void index(ImportWriter writer) {
        try {
            writer.finish();
        } catch (RuntimeException e) { // the rows are stored; their versions stay queued for the index
            LOG.warn("The import's last search-index segment could not be written: {}", LogSafe.describe(e));
        }
        SearchCatchUp.run(db);
    }

    /**
     * The case table's indexes, if the import set them aside, built again (on failure the next open builds them);
     * then, on the server, the planner told how large the case tables have grown.
     */
    private static void restoreIndexes(ImportWriter writer) {
        try {
            writer.restoreIndexes();
        } catch (RuntimeException e) {
            LOG.warn("The case table's indexes could not be built again after the import; the next login builds them: {}",
                    LogSafe.describe(e));
        }
        try {
            writer.refreshStatistics();
        } catch (RuntimeException e) {
            LOG.warn("The server's planner statistics could not be read again after the import; autovacuum reads them"
                    + " later: {}", LogSafe.describe(e));
        }
    }

    /** The file was refused as a whole: rows already handed over are still stored whole; an empty run is dropped. */
    private static void refused(ImportRunStore runs, long runId, ImportPipeline pipeline) {
        ImportReport partial = pipeline.finish(false);
        LOG.info("Import {} refused the file", runId);
        if (partial.added() == 0 && partial.updated() == 0) {
            runs.discard(runId);
        }
    }

    /**
     * Imports the rows a source hands over, under {@code sourceName} (the batch file's name).
     *
     * @throws PermissionDeniedException when the user may not import
     */
    public ImportReport importRows(String sourceName, RowSource source, ImportProgress progress)
            throws UnusableFileException {
        access.require(Permission.IMPORT);
        try {
            return importRowsOrFail(sourceName, source, progress);
        } catch (RuntimeException e) {
            throw StorageFailures.asFailure(e, db.folder(), neededBytes).<RuntimeException>map(f -> f).orElse(e);
        }
    }

    private ImportReport importRowsOrFail(String sourceName, RowSource source, ImportProgress progress)
            throws UnusableFileException {
        ImportRunStore runs = new ImportRunStore(db);
        long runId = runs.start(sourceName, actor, clock.instant());
        LOG.info("Import {} started", runId);
        ImportWriter writer = new ImportWriter(db);
        try {
            return importRows(runs, runId, writer, sourceName, source, progress);
        } finally {
            restoreIndexes(writer); // also when the import failed: the rows stored stay, and the queue needs its indexes
        }
    }

    private ImportReport importRows(ImportRunStore runs, long runId, ImportWriter writer, String sourceName,
                                    RowSource source, ImportProgress progress) throws UnusableFileException {
        boolean[] cancelled = {false};
        ImportReport report;
        try (ImportPipeline pipeline = new ImportPipeline(writer, analyzer.get(), actor, clock, CHUNK_ROWS,
                threads, progress)) {
            try {
                source.read(pipeline, (rows, fraction) -> {
                    pipeline.fraction(fraction);
                    cancelled[0] = progress.isCancelled();
                    return !cancelled[0];
                });
            } catch (UnusableFileException e) {
                refused(runs, runId, pipeline);
                index(writer);
                throw e;
            } catch (IOException e) {
                refused(runs, runId, pipeline);
                index(writer);
                throw new UnusableFileException("The batch file " + sourceName + " cannot be read: " + e.getMessage(), e);
            }
            report = pipeline.finish(cancelled[0]);
        }
        restoreIndexes(writer);
        index(writer);
        runs.finish(runId, clock.instant(), report.added(), report.updated(), report.unchanged(), report.rejected(),
                report.cancelled());
        LOG.info("Import {} finished: {}", runId, report.countsLine());
        return report;
    }
}
