package org.secondlook.store;

import java.time.Instant;
import java.util.List;
import org.secondlook.domain.ImportRun;

/** The record of imports: started before the first row, finished with its counts and summary event. */
public final class ImportRunStore {
    private final Database database;

    public ImportRunStore(Database database) {
        this.database = database;
    }

    public long start(String fileName, String actor, Instant at) {
        return database.fromTransaction(s -> {
            ImportRun run = new ImportRun(fileName, actor, at);
            s.persist(run);
            return run.getId();
        });
    }

    /** Records the counts and appends the IMPORT summary event, in one transaction. */
    public void finish(long runId, Instant at, int added, int updated, int unchanged, int rejected, boolean cancelled) {
        database.inTransaction(s -> {
            ImportRun run = s.find(ImportRun.class, runId);
            run.finish(at, added, updated, unchanged, rejected);
            AuditChain.append(s, at, run.getImportedBy(), "IMPORT", null, "file " + run.getFileName() + ": "
                    + added + " new, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected"
                    + (cancelled ? " (canceled)" : ""));
        });
    }

    /** Removes the record of an import that stored nothing because its file was refused as a whole. */
    public void discard(long runId) {
        database.inTransaction(s -> {
            ImportRun run = s.find(ImportRun.class, runId);
            if (run != null) {
                s.remove(run);
            }
        });
    }

    /** The latest imports, newest first. */
    public List<ImportRun> latest(int max) {
        return database.fromTransaction(s -> s.createSelectionQuery("from ImportRun r order by r.id desc", ImportRun.class)
                .setMaxResults(max).getResultList());
    }
}
