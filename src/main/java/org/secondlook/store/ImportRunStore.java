package org.secondlook.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        return database.jdbc(c -> {
            List<ImportRun> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select file_name, imported_by, started_at, finished_at,"
                    + " new_count, updated_count, unchanged_count, rejected_count from import_run order by id desc"
                    + " fetch first ? rows only")) {
                q.setInt(1, max);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        ImportRun run = new ImportRun(r.getString(1), r.getString(2), instant(r, 3));
                        Instant finished = instant(r, 4);
                        if (finished != null) {
                            run.finish(finished, r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8));
                        }
                        out.add(run);
                    }
                }
            }
            return out;
        });
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
