package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One flagged applicant: a case. The queue reads the summary columns (label, verdict, risk, state)
 * from here so that ordering and filtering never touch résumé text.
 */
@Entity
@Table(name = "applicant")
public class Applicant {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    private Long id;

    /** Optimistic lock: a save over someone else's newer change is refused. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "applicant_id", nullable = false, unique = true, length = 128)
    private String applicantId;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "email", length = 300)
    private String email;

    @Column(name = "phone", length = 64)
    private String phone;

    @Column(name = "field_office", length = 200)
    private String fieldOffice;

    @Column(name = "employment_status", nullable = false, length = 32)
    private String employmentStatus = "SELECTED";

    @Column(name = "hire_date")
    private LocalDate hireDate;

    /** Unknown batch columns, kept as a JSON object of strings. */
    @Column(name = "extra_attributes", length = 100_000)
    private String extraAttributes;

    @Convert(converter = ReviewStateConverter.class)
    @Column(name = "state", nullable = false, length = 16)
    private ReviewState state = ReviewState.NEW;

    @Column(name = "classifier_label", nullable = false, length = 16)
    private String classifierLabel;

    /** The analyzer's verdict on the current résumé version: LE, NOT_LE or UNCERTAIN; null until analysed. */
    @Column(name = "verdict", length = 16)
    private String verdict;

    @Column(name = "le_months")
    private Integer leMonths;

    /** 0–1: how likely the tool's label is wrong; the queue is ordered by it, highest first. */
    @Column(name = "risk", nullable = false)
    private double risk;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Who made the latest decision and when; denormalised for the queue's reviewer filter. */
    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The track and time of the decision in force (null: none); kept by {@link Decision} for the oversight figures. */
    @Column(name = "track_in_force", length = 16)
    private String trackInForce;

    @Column(name = "in_force_at")
    private Instant inForceAt;

    /** When a decision in force was last approved (kept by {@link SignOff}; a superseding decision leaves it). */
    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    /** The tool's evidence terms on the current version of a LEO-labelled case, one a line (see store.LeoTerms). */
    @Column(name = "leo_terms", length = 4000)
    private String leoTerms;

    protected Applicant() {
    }

    public Applicant(String applicantId, String fullName, String classifierLabel, Instant importedAt) {
        this.applicantId = applicantId;
        this.fullName = fullName;
        this.classifierLabel = classifierLabel;
        this.importedAt = importedAt;
        this.updatedAt = importedAt;
    }

    /** Moves the case to {@code target}, refusing transitions the flow does not allow. */
    public void moveTo(ReviewState target, Instant at) {
        this.state = state.moveTo(target);
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getApplicantId() { return applicantId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFieldOffice() { return fieldOffice; }
    public void setFieldOffice(String fieldOffice) { this.fieldOffice = fieldOffice; }
    public String getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(String employmentStatus) { this.employmentStatus = employmentStatus; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
    public String getExtraAttributes() { return extraAttributes; }
    public void setExtraAttributes(String extraAttributes) { this.extraAttributes = extraAttributes; }
    public ReviewState getState() { return state; }
    public String getClassifierLabel() { return classifierLabel; }
    public void setClassifierLabel(String classifierLabel) { this.classifierLabel = classifierLabel; }
    public String getVerdict() { return verdict; }
    public Integer getLeMonths() { return leMonths; }
    public double getRisk() { return risk; }

    /** Records the analyzer's reading of the current résumé version. */
    public void setAnalysis(String verdict, Integer leMonths, double risk) {
        this.verdict = verdict;
        this.leMonths = leMonths;
        this.risk = risk;
    }

    public int getCurrentVersion() { return currentVersion; }
    public void setCurrentVersion(int currentVersion) { this.currentVersion = currentVersion; }
    public Instant getImportedAt() { return importedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }

    public void setLastDecision(String decidedBy, Instant decidedAt) {
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getTrackInForce() { return trackInForce; }
    public Instant getInForceAt() { return inForceAt; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public String getLeoTerms() { return leoTerms; }
    public void setLeoTerms(String leoTerms) { this.leoTerms = leoTerms; }

    /** Called by {@link SignOff} when the decision in force is approved. */
    public void approvedInForce(Instant at) {
        this.signedOffAt = at;
    }

    /** Called by {@link Decision} when a decision enters force (a track) or leaves it (null). */
    public void decisionInForce(Track track, Instant decidedAt) {
        this.trackInForce = track == null ? null : track.name();
        this.inForceAt = track == null ? null : decidedAt;
    }
}
