package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One applicant's remediation after a signed-off decision: what to do ({@link RemediationAction}) and where
 * the training stands ({@link RemediationState}). The state changes only through {@link #moveTo}; each
 * move is also appended to {@link RemediationMove} and audited by the service that makes it.
 *
 * <p>What a move or a roster row changes (state, attempt, class, evidence, and the version that guards them) lives
 * in the narrow row {@value #PROGRESS} (migration V95), so a roster import rewrites a row with two indexes, not the
 * wide one with six (decision record 0010). Every record has exactly one such row; any change bumps its version.
 */
@Entity
@Table(name = "remediation_record")
@SecondaryTable(name = RemediationRecord.PROGRESS, pkJoinColumns = @PrimaryKeyJoinColumn(name = "record_id"))
public class RemediationRecord {
    /** The narrow table of what moves. */
    public static final String PROGRESS = "remediation_progress";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_record_seq")
    @SequenceGenerator(name = "remediation_record_seq", sequenceName = "remediation_record_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", table = PROGRESS, nullable = false)
    private long version;

    /** The applicant's row id. */
    @Column(name = "applicant_ref", nullable = false)
    private long applicantRef;

    /** The applicant id from the batch (what the command line names a record by). */
    @Column(name = "applicant_id", nullable = false, length = 128)
    private String applicantId;

    /** The signed-off decision this record follows from. */
    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private RemediationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", table = PROGRESS, nullable = false, length = 16)
    private RemediationState state = RemediationState.IDENTIFIED;

    /** 1 for the first class; one more each time a FAILED record is scheduled again. */
    @Column(name = "attempt", table = PROGRESS, nullable = false)
    private int attempt = 1;

    @Column(name = "office", length = 200)
    private String office;

    /** Signed-off LEO where the tool said NON_LEO: headquarters may offer the LEO program. */
    @Column(name = "could_take_leo", nullable = false)
    private boolean couldTakeLeo;

    @Column(name = "class_number", table = PROGRESS, length = 64)
    private String classNumber;

    @Column(name = "report_date", table = PROGRESS)
    private LocalDate reportDate;

    @Column(name = "class_start", table = PROGRESS)
    private LocalDate classStart;

    @Column(name = "class_end", table = PROGRESS)
    private LocalDate classEnd;

    /** The evidence the completion rests on (a roster row or a certificate), once COMPLETED. */
    @Column(name = "evidence_id", table = PROGRESS)
    private Long evidenceId;

    /** Who attached (or imported) that evidence: never the one who verifies it. */
    @Column(name = "evidence_by", table = PROGRESS, length = 64)
    private String evidenceBy;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiver_reason", length = 32)
    private WaiverReason waiverReason;

    @Column(name = "waiver_text", length = 2000)
    private String waiverText;

    @Column(name = "waiver_authority", length = 500)
    private String waiverAuthority;

    @Column(name = "waiver_requested_by", length = 64)
    private String waiverRequestedBy;

    @Column(name = "waiver_requested_at")
    private Instant waiverRequestedAt;

    @Column(name = "waiver_approved_by", length = 64)
    private String waiverApprovedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the record entered its current state (overdue rules count from here). */
    @Column(name = "state_since", table = PROGRESS, nullable = false)
    private Instant stateSince;

    protected RemediationRecord() {
    }

    public RemediationRecord(long applicantRef, String applicantId, long decisionId, RemediationAction action,
                             String office, boolean couldTakeLeo, Instant createdAt) {
        this.applicantRef = applicantRef;
        this.applicantId = applicantId;
        this.decisionId = decisionId;
        this.action = action;
        this.office = office;
        this.couldTakeLeo = couldTakeLeo;
        this.createdAt = createdAt;
        this.stateSince = createdAt;
    }

    /**
     * A record as a roster import reads it in bulk (plain JDBC, no entity loading): the columns a roster row reads or
     * moves, plus its applicant and decision. The rest (office, verification, waiver) is left empty: such a record is
     * never handed to Hibernate; the import writes back only the columns it moves, checked against {@code version}.
     */
    public static RemediationRecord forRoster(long id, long version, long applicantRef, String applicantId,
                                              long decisionId, RemediationAction action, RemediationState state,
                                              int attempt, Instant stateSince) {
        RemediationRecord r = new RemediationRecord();
        r.id = id;
        r.version = version;
        r.applicantRef = applicantRef;
        r.applicantId = applicantId;
        r.decisionId = decisionId;
        r.action = action;
        r.state = state;
        r.attempt = attempt;
        r.stateSince = stateSince;
        return r;
    }

    /** The class and the evidence the record holds, as read with {@link #forRoster}. */
    public RemediationRecord withClass(String classNumber, LocalDate reportDate, LocalDate classStart,
                                       LocalDate classEnd, Long evidenceId, String evidenceBy) {
        schedule(classNumber, reportDate, classStart, classEnd);
        this.evidenceId = evidenceId;
        this.evidenceBy = evidenceBy;
        return this;
    }

    /**
     * Moves the record to {@code target}, refusing moves the flow does not allow. Scheduling a FAILED
     * record again starts the next attempt.
     *
     * @return the state it left
     */
    public RemediationState moveTo(RemediationState target, Instant at) {
        RemediationState from = state;
        state = state.moveTo(target);
        if (from == RemediationState.FAILED && target == RemediationState.SCHEDULED) {
            attempt++;
            evidenceId = null;
            evidenceBy = null;
        }
        stateSince = at;
        return from;
    }

    /** The class booked for the current attempt. */
    public void schedule(String classNumber, LocalDate reportDate, LocalDate classStart, LocalDate classEnd) {
        this.classNumber = classNumber;
        this.reportDate = reportDate;
        this.classStart = classStart;
        this.classEnd = classEnd;
    }

    /** The class's dates as the academy reports them (a roster row). */
    public void classDates(LocalDate classStart, LocalDate classEnd) {
        this.classStart = classStart;
        this.classEnd = classEnd;
    }

    public void evidence(long evidenceId, String attachedBy) {
        this.evidenceId = evidenceId;
        this.evidenceBy = attachedBy;
    }

    public void verified(String by, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    public void requestWaiver(WaiverReason reason, String text, String authority, String by, Instant at) {
        this.waiverReason = reason;
        this.waiverText = text;
        this.waiverAuthority = authority;
        this.waiverRequestedBy = by;
        this.waiverRequestedAt = at;
        this.waiverApprovedBy = null;
    }

    public void waiverApproved(String by) {
        this.waiverApprovedBy = by;
    }

    /** A waiver asked for and not yet approved. */
    public boolean waiverPending() {
        return waiverRequestedBy != null && waiverApprovedBy == null && state != RemediationState.WAIVED;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getApplicantRef() { return applicantRef; }
    public String getApplicantId() { return applicantId; }
    public long getDecisionId() { return decisionId; }
    public RemediationAction getAction() { return action; }
    public RemediationState getState() { return state; }
    public int getAttempt() { return attempt; }
    public String getOffice() { return office; }
    public boolean isCouldTakeLeo() { return couldTakeLeo; }
    public String getClassNumber() { return classNumber; }
    public LocalDate getReportDate() { return reportDate; }
    public LocalDate getClassStart() { return classStart; }
    public LocalDate getClassEnd() { return classEnd; }
    public Long getEvidenceId() { return evidenceId; }
    public String getEvidenceBy() { return evidenceBy; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public WaiverReason getWaiverReason() { return waiverReason; }
    public String getWaiverText() { return waiverText; }
    public String getWaiverAuthority() { return waiverAuthority; }
    public String getWaiverRequestedBy() { return waiverRequestedBy; }
    public Instant getWaiverRequestedAt() { return waiverRequestedAt; }
    public String getWaiverApprovedBy() { return waiverApprovedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStateSince() { return stateSince; }
}
