package org.secondlook.review.remediation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;

/**
 * Training records as one user (issue 15): list, show, move, waive, attach, verify, import a roster and
 * the figures. An applicant id names the record in force. Every command writes its change and its audit
 * event in one transaction, and checks the account as it is stored now: administrators and supervisors
 * move records and import rosters; only a supervisor verifies a completion or approves a waiver, never on
 * evidence they attached or a waiver they asked for; reviewers only read.
 *
 * @throws org.secondlook.review.PermissionDeniedException (from every command) naming the rule that refused it
 * @throws org.secondlook.review.InvalidInputException     for an unknown id, a move the record may not make
 */
public interface RemediationService {
    /** The records in force matching {@code query}, by applicant id. */
    List<TrainingLine> list(ListQuery query);

    /** One applicant's record in force, its moves, evidence and earlier (voided) records. */
    TrainingDetail show(String applicantId);

    /**
     * Moves the record to {@code to} (NOTIFIED, SCHEDULED, IN_TRAINING, COMPLETED, FAILED, SEPARATED).
     * SCHEDULED needs a class and a report date; COMPLETED needs evidence attached; VERIFIED, WAIVED and
     * VOIDED have their own commands.
     */
    void move(String applicantId, MoveRequest request);

    /** Asks for a waiver; the record becomes WAIVED when a second person approves it ({@link #approveWaiver}). */
    void requestWaiver(String applicantId, WaiverReason reason, String text, String authority);

    /** A supervisor other than the one who asked approves the waiver; the record becomes WAIVED. */
    void approveWaiver(String applicantId);

    /**
     * Keeps a certificate (PDF) as evidence inside the encrypted database with its SHA-256; a record
     * IN_TRAINING becomes COMPLETED.
     *
     * @return the certificate's SHA-256 (hex)
     */
    String attachCertificate(String applicantId, String fileName, byte[] pdf);

    /** The certificate as kept; its SHA-256 is checked against the one recorded when it was attached. */
    byte[] certificate(String applicantId, long evidenceId);

    /** A supervisor other than the one who attached the evidence verifies a COMPLETED record. */
    void verify(String applicantId);

    /** Imports an academy roster (docs/formats.md, the academy roster); rows that cannot be applied are reported and left alone. */
    RosterReport importRoster(Path roster) throws org.secondlook.intake.UnusableFileException, java.io.IOException;

    /** The figures of {@code training status}. */
    TrainingStatus status();

    /** At headquarters: every office's training record from merged packages, by applicant and office. */
    default List<OfficeTraining.Record> officeRecords() {
        return List.of();
    }

    /** At headquarters: open training conflicts (two offices moved the same applicant's record differently). */
    default List<OfficeTraining.Conflict> officeConflicts() {
        return List.of();
    }

    /**
     * At headquarters: a supervisor resolves a training conflict by keeping {@code keptOffice}'s record (one of the
     * conflict's two offices); the other office's record is set aside, and the choice and its reason are audited.
     *
     * @return the conflict as it was before it was resolved
     * @throws org.secondlook.review.InvalidInputException when the reason is blank, the conflict is not open or
     *                                                     the office is neither of its two
     */
    OfficeTraining.Conflict resolveOfficeConflict(long conflictId, String keptOffice, String reason);

    /** Filters of {@link #list}; null means any. */
    record ListQuery(RemediationState state, String office, boolean overdueOnly, String classNumber, int limit) {
        public static ListQuery all() {
            return new ListQuery(null, null, false, null, 1_000_000);
        }
    }

    /** A manual move: the target, the class and report date (SCHEDULED), a note. */
    record MoveRequest(RemediationState to, String classNumber, LocalDate reportDate, String note) {
        public static MoveRequest to(RemediationState to) {
            return new MoveRequest(to, null, null, null);
        }
    }
}
