package org.secondlook.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hibernate.StatelessSession;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.store.IncomingCase.Outcome;

/**
 * Writes imported rows in bulk: one transaction per chunk of whole rows (applicant, résumé version,
 * screening flag with its evidence, findings and the row's audit event), through a stateless
 * session with JDBC batching. A row whose résumé text is already the applicant's current version
 * changes nothing; a different text adds a version and keeps the earlier ones. A PDF résumé's file
 * is kept with its version (table {@code resume_original}), in the same transaction.
 */
public final class ImportWriter {
    /**
     * H2: once an import has written this many rows, and at least as many as the case table held when it began,
     * the table's plain indexes are set aside and built again in bulk by {@link #restoreIndexes} (issue 17).
     */
    static final int DEFER_INDEXES_AFTER = 5_000;

    private final Database database;
    /** The word-index segment built from the chunks stored so far; written once it is full, or by {@link #finish}. */
    private final SegmentBuilder segment = new SegmentBuilder();
    /** Cases in the table before the first chunk (-1 until then), and rows added or updated since. */
    private long casesAtStart = -1;
    private long written;
    private boolean deferChecked;
    private DeferredIndexes deferred;
    /**
     * Adds each stored chunk's cases to the segment on a thread of its own, while this writer stores the next chunk
     * (the writer is the import's busiest thread; about a tenth of its time went to the segment). One thread, so
     * chunks are added in order; it ends when idle.
     */
    private final ThreadPoolExecutor segmentAdder = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "import-search-segment");
                t.setDaemon(true);
                return t;
            });
    /** The latest chunk's cases being added to the segment; the segment is read only once it is done. */
    private Future<?> adding = CompletableFuture.completedFuture(null);

    public ImportWriter(Database database) {
        this.database = database;
        segmentAdder.allowCoreThreadTimeOut(true);
    }

    /** A chunk's cases for the word index, added to the segment once the chunk's transaction has committed. */
    private record Searchable(Applicant applicant, ResumeVersion version, String[] terms) {
    }

    /**
     * Writes {@code rows} in one transaction; the outcome of each, in order. A full word-index segment from
     * earlier chunks is written in the same transaction.
     */
    public List<Outcome> write(List<IncomingCase> rows, String actor, Instant at) {
        deferIndexesWhenLarge();
        awaitSegment();
        List<Searchable> searchable = new ArrayList<>();
        boolean[] segmentWritten = {false};
        List<Outcome> outcomes = database.fromStatelessTransaction(s -> {
            List<Outcome> out = write(s, rows, actor, at, searchable);
            if (segment.size() >= SearchIndex.SEGMENT_DOCS) {
                s.doWork(c -> segment.write(c));
                segmentWritten[0] = true;
            }
            return out;
        });
        if (segmentWritten[0]) {
            segment.clear();
        }
        adding = segmentAdder.submit(() -> addToSegment(searchable));
        written += outcomes.stream().filter(o -> o != Outcome.UNCHANGED).count();
        return outcomes;
    }

    /** A large import into a table it outgrows: the table's plain indexes go until {@link #restoreIndexes}. */
    private void deferIndexesWhenLarge() {
        if (casesAtStart < 0) {
            casesAtStart = database.jdbc(c -> {
                try (PreparedStatement q = c.prepareStatement("select count(*) from applicant");
                     java.sql.ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            });
        }
        if (!deferChecked && written >= DEFER_INDEXES_AFTER && written >= casesAtStart) {
            deferChecked = true;
            deferred = database.deferIndexes("applicant");
        }
    }

    /**
     * Builds the indexes set aside during this import again (a few seconds at 100,000 cases); nothing when none
     * were. Call it when the import ends, however it ends; if it cannot, the next open of the database does it.
     */
    public void restoreIndexes() {
        if (deferred != null) {
            DeferredIndexes d = deferred;
            deferred = null;
            d.close();
        }
    }

    /**
     * PostgreSQL: the planner's statistics of the case tables read again when this import outgrew them
     * ({@link PlannerStatistics}), so the next case opened is planned for the tables as they are now. Once per
     * import; call it when the import ends, however it ends.
     */
    public void refreshStatistics() {
        if (casesAtStart >= 0 && PlannerStatistics.outgrown(casesAtStart, written)) {
            casesAtStart = -1;
            PlannerStatistics.refresh(database, PlannerStatistics.CASE_TABLES);
        }
    }

    /**
     * Writes the segment still being built. A case stored twice in one import (two versions) is left queued
     * for {@link SearchIndex#catchUp}, which indexes its current version alone.
     */
    public void finish() {
        awaitSegment();
        if (!segment.isEmpty()) {
            database.fromStatelessTransaction(s -> {
                s.doWork(c -> segment.write(c));
                return null;
            });
            segment.clear();
        }
    }

    /** Waits until the chunks stored so far are in the segment. */
    private void awaitSegment() {
        try {
            adding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the word index's segment was being built", e);
        } catch (ExecutionException e) {
            throw new StoreException("The word index's segment could not be built", e.getCause());
        }
    }

    private void addToSegment(List<Searchable> searchable) {
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        for (Searchable x : searchable) {
            seen.merge(x.applicant().getId(), 1, Integer::sum);
        }
        for (Searchable x : searchable) {
            long id = x.applicant().getId();
            if (seen.get(id) == 1 && !segment.contains(id)) {
                segment.add(id, x.version().getId(), x.version().getVersionNo(), java.util.Arrays.asList(x.terms()));
            }
        }
    }

    private static List<Outcome> write(StatelessSession s, List<IncomingCase> rows, String actor, Instant at,
                                       List<Searchable> searchable) {
        s.setJdbcBatchSize(Database.BATCH_SIZE);
        AuditChain.Cursor audit = AuditChain.lockHead(s);
        Map<String, Current> existing = current(s, rows);
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        List<Applicant> newApplicants = new ArrayList<>();
        List<ResumeVersion> versions = new ArrayList<>();
        List<ScreeningFlag> flags = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        List<Original> originals = new ArrayList<>();
        for (IncomingCase row : rows) {
            Current cur = existing.get(row.applicantId());
            Applicant applicant;
            int versionNo;
            if (cur == null) {
                applicant = new Applicant(row.applicantId(), row.fullName(), row.classifierLabel(), at);
                versionNo = 1;
                newApplicants.add(applicant);
                outcomes.add(Outcome.NEW);
            } else if (cur.sha256.equals(row.sha256())) {
                outcomes.add(Outcome.UNCHANGED);
                continue;
            } else if (cur.inChunk != null) {
                applicant = cur.inChunk;
                versionNo = cur.versionNo + 1;
                outcomes.add(Outcome.UPDATED);
            } else {
                applicant = s.get(Applicant.class, cur.id);
                versionNo = cur.versionNo + 1;
                applicant.setFullName(row.fullName());
                applicant.setClassifierLabel(row.classifierLabel());
                applicant.setUpdatedAt(at);
                outcomes.add(Outcome.UPDATED);
            }
            fill(applicant, row, versionNo);
            ResumeVersion version = new ResumeVersion(applicant, versionNo, row.resumeText(), row.sourceFile(),
                    row.sourceType(), row.sha256(), at);
            versions.add(version);
            searchable.add(new Searchable(applicant, version, row.searchTerms()));
            if (row.originalFile() != null) {
                originals.add(new Original(version, row.originalFile()));
            }
            flags.add(new ScreeningFlag(version, org.secondlook.domain.ClassifierLabel.valueOf(row.classifierLabel()),
                    row.classifierScore(), row.classifierModel(),
                    row.evidence().stream().map(e -> e.quoting(row.resumeText())).toList()));
            for (IncomingCase.FindingValue f : row.findings()) {
                findings.add(Finding.quoting(version, row.resumeText(), f.start(), f.end(), f.category(), f.explanation()));
            }
            events.add(audit.next(at, actor, cur == null ? "APPLICANT_ADDED" : "RESUME_VERSION_ADDED",
                    row.applicantId(), "row " + row.rowNumber() + ", résumé version " + versionNo + ", label "
                            + row.classifierLabel() + ", sha256 " + row.sha256()));
            if (cur != null && cur.inChunk == null) {
                s.update(applicant);
            }
            existing.put(row.applicantId(), new Current(-1, versionNo, row.sha256(), applicant));
        }
        s.insertMultiple(newApplicants);
        s.insertMultiple(versions);
        queueForSearch(s, versions);
        insertOriginals(s, originals);
        s.insertMultiple(flags);
        s.insertMultiple(findings);
        s.insertMultiple(events);
        AuditChain.saveHead(s, audit);
        return outcomes;
    }

    /** New versions wait for the word index ({@link SearchIndex#catchUp}), queued in the same transaction. */
    private static void queueForSearch(StatelessSession s, List<ResumeVersion> versions) {
        s.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into search_pending (version_id) values (?)")) {
                for (ResumeVersion v : versions) {
                    insert.setLong(1, v.getId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** A PDF résumé's file, kept beside its version (the version's id is known once it is inserted). */
    private record Original(ResumeVersion version, byte[] content) {
    }

    /** Runs after the versions' batch has been executed (insertMultiple does so), inside the same transaction. */
    private static void insertOriginals(StatelessSession s, List<Original> originals) {
        if (originals.isEmpty()) {
            return;
        }
        s.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into resume_original (resume_version_id, content) values (?, ?)")) {
                for (Original o : originals) {
                    insert.setLong(1, o.version().getId());
                    insert.setBytes(2, o.content());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void fill(Applicant a, IncomingCase row, int versionNo) {
        a.setEmail(row.email());
        a.setPhone(row.phone());
        a.setFieldOffice(row.fieldOffice());
        if (row.employmentStatus() != null) {
            a.setEmploymentStatus(row.employmentStatus());
        }
        a.setHireDate(row.hireDate());
        a.setExtraAttributes(row.extraAttributes());
        a.setAnalysis(row.verdict(), row.leMonths(), row.risk());
        a.setCurrentVersion(versionNo);
        a.setLeoTerms(LeoTerms.of(row.classifierLabel(), row.classifierLabel(), row.evidence()));
    }

    /** The applicant's current version; {@code inChunk} when it was written earlier in this chunk. */
    /** A stored case's id, current version number and that version's hash, as the query selects them. */
    private record Found(String applicantId, Long id, Integer currentVersion, String sha256) {
    }

    private record Current(long id, int versionNo, String sha256, Applicant inChunk) {
    }

    private static Map<String, Current> current(StatelessSession s, List<IncomingCase> rows) {
        List<String> ids = rows.stream().map(IncomingCase::applicantId).distinct().toList();
        Map<String, Current> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Found> found = s.createSelectionQuery(
                    "select a.applicantId, a.id, a.currentVersion, v.sha256 from Applicant a, ResumeVersion v "
                            + "where v.applicant = a and v.versionNo = a.currentVersion and a.applicantId in :ids",
                    Found.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList();
            for (Found r : found) {
                out.put(r.applicantId(), new Current(r.id(), r.currentVersion(), r.sha256(), null));
            }
        }
        return out;
    }
}
