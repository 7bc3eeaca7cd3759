package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Evidence behind a training result: an academy roster row (its file, row, class and result) or an
 * attached certificate (its SHA-256; the PDF itself is kept in the encrypted database beside it).
 */
@Entity
@Table(name = "remediation_evidence")
public class RemediationEvidence {
    /** Where the evidence came from. */
    public enum Kind { ROSTER, CERTIFICATE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_evidence_seq")
    @SequenceGenerator(name = "remediation_evidence_seq", sequenceName = "remediation_evidence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "class_number", length = 64)
    private String classNumber;

    /** PASS, FAIL, WITHDRAWN or empty (the class runs) for a roster row; null for a certificate. */
    @Column(name = "result", length = 16)
    private String result;

    /** The roster's or the certificate's file name. */
    @Column(name = "source_file", length = 300)
    private String sourceFile;

    @Column(name = "source_row")
    private Integer sourceRow;

    @Column(name = "hours", length = 32)
    private String hours;

    @Column(name = "instructor", length = 300)
    private String instructor;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "attached_by", nullable = false, length = 64)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected RemediationEvidence() {
    }

    /** A roster row. */
    public static RemediationEvidence rosterRow(long recordId, String classNumber, String result, String file, int row,
                                                String hours, String instructor, String by, Instant at) {
        RemediationEvidence e = new RemediationEvidence(recordId, Kind.ROSTER, file, by, at);
        e.classNumber = classNumber;
        e.result = result;
        e.sourceRow = row;
        e.hours = hours;
        e.instructor = instructor;
        return e;
    }

    /** An attached certificate file. */
    public static RemediationEvidence certificate(long recordId, String classNumber, String file, String sha256,
                                                  long size, String by, Instant at) {
        RemediationEvidence e = new RemediationEvidence(recordId, Kind.CERTIFICATE, file, by, at);
        e.classNumber = classNumber;
        e.sha256 = sha256;
        e.sizeBytes = size;
        return e;
    }

    private RemediationEvidence(long recordId, Kind kind, String sourceFile, String attachedBy, Instant attachedAt) {
        this.recordId = recordId;
        this.kind = kind;
        this.sourceFile = sourceFile;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    public Long getId() { return id; }
    public long getRecordId() { return recordId; }
    public Kind getKind() { return kind; }
    public String getClassNumber() { return classNumber; }
    public String getResult() { return result; }
    public String getSourceFile() { return sourceFile; }
    public Integer getSourceRow() { return sourceRow; }
    public String getHours() { return hours; }
    public String getInstructor() { return instructor; }
    public String getSha256() { return sha256; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getAttachedBy() { return attachedBy; }
    public Instant getAttachedAt() { return attachedAt; }
}
