package org.secondlook.review.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.Role;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.store.Database;
import org.secondlook.store.ImportRunStore;
import org.secondlook.store.ImportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.review.LogSafe;
import org.secondlook.review.Permission;
import org.secondlook.review.SearchCatchUp;

/** Imports a batch as the session's user: read, analyse in parallel, store in order, record the run. */
public final class DatabaseBatchImport implements BatchImport {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBatchImport.class);
    static final int CHUNK_ROWS = 1000;

    private final Database db;
    private final String actor;
    private final Set<Role> roles;
    private final Analyzer analyzer;
    private final BatchReader reader;
    private final Clock clock;
    private final int threads;

    public DatabaseBatchImport(Database db, String actor, Set<Role> roles, Analyzer analyzer, BatchReader reader, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.roles = roles;
        this.analyzer = analyzer;
        this.reader = reader;
        this.clock = clock;
        this.threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public ImportReport importBatch(Path batchFile, ImportProgress progress) throws UnusableFileException {
        Path name = batchFile.getFileName();
        return importRows(name == null ? batchFile.toString() : name.toString(),
                (handler, p) -> reader.read(batchFile, handler, p), progress);
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
        Permission.IMPORT.require(roles);
        ImportRunStore runs = new ImportRunStore(db);
        long runId = runs.start(sourceName, actor, clock.instant());
        LOG.info("Import {} started", runId);
        boolean[] cancelled = {false};
        ImportReport report;
        ImportWriter writer = new ImportWriter(db);
        try (ImportPipeline pipeline = new ImportPipeline(writer, analyzer, actor, clock, CHUNK_ROWS,
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
        index(writer);
        runs.finish(runId, clock.instant(), report.added(), report.updated(), report.unchanged(), report.rejected(),
                report.cancelled());
        LOG.info("Import {} finished: {}", runId, report.countsLine());
        return report;
    }
}
