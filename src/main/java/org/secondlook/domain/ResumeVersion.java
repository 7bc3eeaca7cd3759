package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an applicant's résumé text, exactly as extracted. A later import with a different
 * text adds a version; earlier versions and their decisions stay.
 */
@Entity
@Table(name = "resume_version")
public class ResumeVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resume_version_seq")
    @SequenceGenerator(name = "resume_version_seq", sequenceName = "resume_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Applicant applicant;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "text", nullable = false, length = 20_000_000)
    private String text;

    /** The file the text came from (name only), or null when the text was inline in the batch. */
    @Column(name = "source_file", length = 500)
    private String sourceFile;

    /** TEXT (inline), TXT, PDF or DOCX. */
    @Column(name = "source_type", nullable = false, length = 8)
    private String sourceType;

    /** SHA-256 of the text (UTF-8), hex: tells a new version from a re-import of the same one. */
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ResumeVersion() {
    }

    public ResumeVersion(Applicant applicant, int versionNo, String text, String sourceFile,
                         String sourceType, String sha256, Instant importedAt) {
        this.applicant = applicant;
        this.versionNo = versionNo;
        this.text = text;
        this.sourceFile = sourceFile;
        this.sourceType = sourceType;
        this.sha256 = sha256;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public Applicant getApplicant() { return applicant; }
    public int getVersionNo() { return versionNo; }
    public String getText() { return text; }
    public String getSourceFile() { return sourceFile; }
    public String getSourceType() { return sourceType; }
    public String getSha256() { return sha256; }
    public Instant getImportedAt() { return importedAt; }
}
