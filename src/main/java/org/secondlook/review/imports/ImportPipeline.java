package org.secondlook.review.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.secondlook.analysis.Analyzer;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.BatchRowHandler;
import org.secondlook.intake.RowRejection;
import org.secondlook.store.ImportWriter;
import org.secondlook.store.IncomingCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.review.LogSafe;

/**
 * Rows in file order → chunks → analysis on a small thread pool (in parallel) → one writer thread
 * that stores each chunk, whole rows only, in one transaction, in order. A chunk the store refuses
 * is retried row by row, so one bad row is rejected and the others still import.
 */
final class ImportPipeline implements BatchRowHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int SLICE = 64;
    /** A chunk holding this many bytes of original PDF files is stored early, so memory stays bounded. */
    static final long MAX_CHUNK_ORIGINAL_BYTES = 16L * 1024 * 1024;

    private record Chunk(List<ApplicantRecord> rows, List<Future<List<Object>>> analyses) {
    }

    private static final Chunk END = new Chunk(List.of(), List.of());

    private final ImportWriter writer;
    private final Analyzer analyzer;
    private final String actor;
    private final Clock clock;
    private final int chunkSize;
    private final ImportProgress progress;
    private final ExecutorService pool;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(3);
    private final Thread storer;
    private final List<RowRejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private List<ApplicantRecord> chunk = new ArrayList<>();
    private long chunkOriginalBytes;
    private volatile Throwable failure;
    private volatile double fraction = -1;
    private int added;
    private int updated;
    private int unchanged;
    private long stored;

    ImportPipeline(ImportWriter writer, Analyzer analyzer, String actor, Clock clock, int chunkSize, int threads,
                   ImportProgress progress) {
        this.writer = writer;
        this.analyzer = analyzer;
        this.actor = actor;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analysis");
            t.setDaemon(true);
            return t;
        });
        this.storer = new Thread(this::storeLoop, "import-store");
        this.storer.setDaemon(true);
        this.storer.start();
    }

    @Override
    public void accepted(ApplicantRecord row) {
        var problem = RowPreparer.tooLong(row);
        if (problem.isPresent()) {
            rejections.add(new RowRejection(row.rowNumber(), row.applicantId(), problem.get()));
            return;
        }
        if (row.notes() != null) {
            row.notes().forEach(n -> notes.add("row " + row.rowNumber() + " (" + row.applicantId() + "): " + n));
        }
        chunk.add(row);
        chunkOriginalBytes += row.originalFileSize();
        if (chunk.size() >= chunkSize || chunkOriginalBytes >= MAX_CHUNK_ORIGINAL_BYTES) {
            flush();
        }
    }

    @Override
    public void rejected(RowRejection rejection) {
        rejections.add(rejection);
    }

    void fraction(double f) {
        this.fraction = f;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<ApplicantRecord> rows = chunk;
        chunk = new ArrayList<>(chunkSize);
        chunkOriginalBytes = 0;
        List<Future<List<Object>>> analyses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += SLICE) {
            List<ApplicantRecord> slice = rows.subList(i, Math.min(rows.size(), i + SLICE));
            analyses.add(pool.submit(() -> analyse(slice)));
        }
        put(new Chunk(rows, analyses));
    }

    /**
     * Each row ready for the store (analysed, hashed, its search words worked out: all off the single writer
     * thread), or a RuntimeException when the analyzer failed on it.
     */
    private List<Object> analyse(List<ApplicantRecord> rows) {
        List<Object> out = new ArrayList<>(rows.size());
        for (ApplicantRecord r : rows) {
            try {
                out.add(RowPreparer.prepare(r, analyzer.analyze(r.resumeText())));
            } catch (RuntimeException e) {
                out.add(e);
            }
        }
        return out;
    }

    private void put(Chunk c) {
        try {
            while (!queue.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!storer.isAlive()) {
                    throw new IllegalStateException("The import stopped", failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    /** Stores the rows still in hand, waits for the writer and returns the report. */
    ImportReport finish(boolean cancelled) {
        flush();
        put(END);
        try {
            storer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
        if (failure != null) {
            throw new IllegalStateException("Storing the batch failed", failure);
        }
        List<RowRejection> rejected = new ArrayList<>(rejections);
        rejected.sort(Comparator.comparingInt(RowRejection::rowNumber));
        return new ImportReport(added, updated, unchanged, rejected, notes, cancelled);
    }

    private void storeLoop() {
        try {
            for (Chunk c = queue.take(); c != END; c = queue.take()) {
                store(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            LOG.error("The import's writer failed: {}", LogSafe.describe(t));
            failure = t;
        }
    }

    private void store(Chunk c) throws InterruptedException {
        List<IncomingCase> cases = new ArrayList<>(c.rows().size());
        int i = 0;
        for (Future<List<Object>> f : c.analyses()) {
            List<Object> results;
            try {
                results = f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed", e.getCause());
            }
            for (Object o : results) {
                ApplicantRecord row = c.rows().get(i++);
                if (o instanceof IncomingCase ready) {
                    cases.add(ready);
                } else {
                    LOG.warn("The analyzer failed on row {}: {}", row.rowNumber(), LogSafe.describe((Throwable) o));
                    rejections.add(new RowRejection(row.rowNumber(), row.applicantId(),
                            "the résumé text could not be analysed"));
                }
            }
        }
        try {
            count(writer.write(cases, actor, clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("A chunk of {} rows was refused by the store; retrying row by row: {}", cases.size(),
                    LogSafe.describe(e));
            for (IncomingCase one : cases) {
                try {
                    count(writer.write(List.of(one), actor, clock.instant()));
                } catch (RuntimeException rowFailure) {
                    LOG.warn("Row {} could not be stored: {}", one.rowNumber(), LogSafe.describe(rowFailure));
                    rejections.add(new RowRejection(one.rowNumber(), one.applicantId(),
                            "the row could not be stored (details in the log file)"));
                }
            }
        }
        stored += c.rows().size();
        progress.rowsDone(stored, fraction);
    }

    private void count(List<IncomingCase.Outcome> outcomes) {
        for (IncomingCase.Outcome o : outcomes) {
            switch (o) {
                case NEW -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (storer.isAlive()) {
            storer.interrupt();
        }
    }
}
