package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a batch file, with its counts; {@code status} lists the latest ones. */
@Entity
@Table(name = "import_run")
public class ImportRun {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "new_count", nullable = false)
    private int newCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    protected ImportRun() {
    }

    public ImportRun(String fileName, String importedBy, Instant startedAt) {
        this.fileName = fileName;
        this.importedBy = importedBy;
        this.startedAt = startedAt;
    }

    public void finish(Instant at, int added, int updated, int unchanged, int rejected) {
        this.finishedAt = at;
        this.newCount = added;
        this.updatedCount = updated;
        this.unchangedCount = unchanged;
        this.rejectedCount = rejected;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getImportedBy() { return importedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getNewCount() { return newCount; }
    public int getUpdatedCount() { return updatedCount; }
    public int getUnchangedCount() { return unchangedCount; }
    public int getRejectedCount() { return rejectedCount; }
}
