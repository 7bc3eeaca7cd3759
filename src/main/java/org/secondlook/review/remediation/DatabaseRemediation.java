package org.secondlook.review.remediation;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.secondlook.domain.IllegalRemediationMoveException;
import org.secondlook.domain.RemediationEvidence;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;
import org.secondlook.intake.RosterReader;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.review.BlindQaRule;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.remediation.RemediationRules.Need;
import org.secondlook.store.Database;
import org.secondlook.store.RemediationReader;
import org.secondlook.store.RemediationWriter;
import org.secondlook.store.SettingsStore;

/** {@link RemediationService} on the encrypted store, acting as one user. */
public final class DatabaseRemediation implements RemediationService {
    /** Largest certificate kept (a scanned PDF of a few pages). */
    static final int MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024;
    static final int MAX_TEXT = 2000;

    private final Database db;
    private final String user;
    private final Clock clock;

    public DatabaseRemediation(Database db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    private OverdueRules overdue() {
        return new OverdueRules(clock, OverdueRules.days(new SettingsStore(db).get(OverdueRules.SETTING).orElse(null)));
    }

    @Override
    public List<TrainingLine> list(ListQuery q) {
        RemediationWriter.reading(db, w -> RemediationRules.actor(w, user, Need.READ));
        OverdueRules rules = overdue();
        var filter = new RemediationReader.Filter(q.state(), blankToNull(q.office()), q.overdueOnly() ? rules.asOfNow() : null,
                blankToNull(q.classNumber()));
        // a training record tells the signed-off track: none of a case waiting for this account's blind QA review
        BlindQaRule.Withheld withheld = new BlindQaRule(db, user).withheld();
        return new RemediationReader(db).list(filter, q.limit() <= 0 ? 1_000_000 : q.limit()).stream()
                .filter(r -> !withheld.contains(r.getApplicantId())).map(r -> line(r, rules)).toList();
    }

    static TrainingLine line(RemediationRecord r, OverdueRules rules) {
        return new TrainingLine(r.getApplicantId(), r.getAction(), r.getState(), r.getOffice(), rules.dueDate(r),
                rules.isOverdue(r), r.getAttempt(), r.getClassNumber(), r.waiverPending());
    }

    @Override
    public TrainingDetail show(String applicantId) {
        new BlindQaRule(db, user).requireShown(applicantId);
        OverdueRules rules = overdue();
        return RemediationWriter.reading(db, w -> {
            RemediationRules.actor(w, user, Need.READ);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            var moves = w.moves(r.getId()).stream().map(m -> new TrainingDetail.Move(m.getFromState(), m.getToState(),
                    m.getAttempt(), m.getMovedBy(), m.getMovedAt(), m.getDetail(), m.getAuditSeq())).toList();
            var evidence = w.evidence(r.getId()).stream().map(e -> new TrainingDetail.Evidence(e.getId(),
                    e.getKind().name(), e.getClassNumber(), e.getResult(), e.getSourceFile(), e.getSourceRow(),
                    e.getSha256(), e.getSizeBytes(), e.getAttachedBy(), e.getAttachedAt())).toList();
            var earlier = w.history(r.getApplicantId()).stream().filter(h -> !h.getId().equals(r.getId()))
                    .map(h -> new TrainingDetail.Earlier(h.getDecisionId(), h.getAction().name(), h.getState(),
                            h.getCreatedAt())).toList();
            TrainingDetail.Waiver waiver = r.getWaiverRequestedBy() == null ? null : new TrainingDetail.Waiver(
                    r.getWaiverReason().name(), r.getWaiverText(), r.getWaiverAuthority(), r.getWaiverRequestedBy(),
                    r.getWaiverRequestedAt(), r.getWaiverApprovedBy());
            return new TrainingDetail(line(r, rules), r.getDecisionId(), r.isCouldTakeLeo(), r.getReportDate(),
                    r.getClassStart(), r.getClassEnd(), waiver, r.getVerifiedBy(), r.getVerifiedAt(), r.getEvidenceBy(),
                    moves, evidence, earlier);
        });
    }

    @Override
    public void move(String applicantId, MoveRequest req) {
        if (req == null || req.to() == null) {
            throw new InvalidInputException("Say which state to move the record to.");
        }
        RemediationState to = req.to();
        switch (to) {
            case VERIFIED -> throw new InvalidInputException("A completion is verified with 'training verify', by a"
                    + " supervisor who did not attach its evidence.");
            case WAIVED -> throw new InvalidInputException("A waiver needs a reason (EQUIVALENT_TRAINING, ADMINISTRATIVE"
                    + " or OTHER), the authority (a document reference) and a second person's approval: give --reason and"
                    + " --authority, then another supervisor runs 'training approve'.");
            case VOIDED -> throw new InvalidInputException("A record is voided only when a superseding decision is signed"
                    + " off; it cannot be moved there by hand.");
            case IDENTIFIED -> throw new InvalidInputException("No record moves back to IDENTIFIED.");
            case SCHEDULED -> {
                if (blankToNull(req.classNumber()) == null || req.reportDate() == null) {
                    throw new InvalidInputException("Scheduling needs the academy class and the report date"
                            + " (--class and --report-date YYYY-MM-DD).");
                }
                if (req.classNumber().strip().length() > 64) {
                    throw new InvalidInputException("The class number is longer than 64 characters.");
                }
            }
            default -> {
            }
        }
        String note = text(req.note(), "note");
        Instant now = clock.instant();
        RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.CHANGE);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            RemediationRules.needsTraining(r);
            if (to == RemediationState.COMPLETED && r.getEvidenceId() == null) {
                throw new InvalidInputException("A completion needs evidence: attach the certificate with 'training attach "
                        + r.getApplicantId() + " --certificate FILE' or import the academy roster.");
            }
            RemediationState from = moveTo(r, to, now);
            String detail = note == null ? "" : "note: " + note;
            if (to == RemediationState.SCHEDULED) {
                r.schedule(req.classNumber().strip(), req.reportDate(), null, null);
                detail = "class " + r.getClassNumber() + ", report date " + req.reportDate() + (note == null ? "" : "; " + detail);
            }
            w.appendMove(r, from, user, now, detail);
            return null;
        });
    }

    private static RemediationState moveTo(RemediationRecord r, RemediationState to, Instant now) {
        try {
            return r.moveTo(to, now);
        } catch (IllegalRemediationMoveException e) {
            throw new InvalidInputException("Case " + r.getApplicantId() + ": " + e.getMessage());
        }
    }

    @Override
    public void requestWaiver(String applicantId, WaiverReason reason, String text, String authority) {
        if (reason == null) {
            throw new InvalidInputException("A waiver needs a reason: EQUIVALENT_TRAINING, ADMINISTRATIVE or OTHER.");
        }
        String why = text(text, "note");
        String by = text(authority, "authority");
        if (by == null) {
            throw new InvalidInputException("A waiver needs the authority: the document that allows it (--authority).");
        }
        if (reason == WaiverReason.OTHER && why == null) {
            throw new InvalidInputException("A waiver for another reason needs it in words (--note).");
        }
        Instant now = clock.instant();
        RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.CHANGE);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            RemediationRules.needsTraining(r);
            if (!r.getState().canMoveTo(RemediationState.WAIVED)) {
                throw new InvalidInputException("Case " + r.getApplicantId() + " is " + r.getState()
                        + ": its training can no longer be waived.");
            }
            r.requestWaiver(reason, why, by, user, now);
            w.audit(now, user, "TRAINING_WAIVER_ASK", r.getApplicantId(), "asked to waive training (" + reason
                    + ", authority: " + by + (why == null ? "" : ", note: " + why) + "); waits for a second person's approval");
            return null;
        });
    }

    @Override
    public void approveWaiver(String applicantId) {
        Instant now = clock.instant();
        RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.APPROVE);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            if (!r.waiverPending()) {
                throw new InvalidInputException("Case " + r.getApplicantId() + " has no waiver waiting for approval.");
            }
            if (user.equals(r.getWaiverRequestedBy())) {
                throw new PermissionDeniedException(RemediationRules.OWN_WAIVER);
            }
            RemediationState from = moveTo(r, RemediationState.WAIVED, now);
            r.waiverApproved(user);
            w.appendMove(r, from, user, now, "waiver approved: " + r.getWaiverReason() + ", authority: "
                    + r.getWaiverAuthority() + ", asked by " + r.getWaiverRequestedBy());
            return null;
        });
    }

    @Override
    public String attachCertificate(String applicantId, String fileName, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("The certificate file is empty; attach the academy's PDF certificate.");
        }
        if (pdf.length > MAX_CERTIFICATE_BYTES) {
            throw new InvalidInputException("The certificate is larger than 20 MB; attach a smaller PDF.");
        }
        if (!(pdf.length >= 5 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F' && pdf[4] == '-')) {
            throw new InvalidInputException("The certificate is not a PDF file; attach the academy's PDF certificate.");
        }
        String name = fileName == null ? "certificate.pdf" : Path.of(fileName).getFileName().toString();
        String file = name.length() > 300 ? name.substring(0, 300) : name;
        String sha = sha256(pdf);
        Instant now = clock.instant();
        return RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.CHANGE);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            RemediationRules.needsTraining(r);
            if (r.getState() != RemediationState.IN_TRAINING && r.getState() != RemediationState.COMPLETED) {
                throw new InvalidInputException("Case " + r.getApplicantId() + " is " + r.getState()
                        + ": a certificate is attached while the record is IN_TRAINING or COMPLETED.");
            }
            RemediationEvidence e = RemediationEvidence.certificate(r.getId(), r.getClassNumber(), file, sha, pdf.length,
                    user, now);
            w.persist(e);
            w.storeCertificate(e.getId(), pdf);
            r.evidence(e.getId(), user);
            if (r.getState() == RemediationState.IN_TRAINING) {
                RemediationState from = moveTo(r, RemediationState.COMPLETED, now);
                w.appendMove(r, from, user, now, "certificate " + file + " attached, SHA-256 " + sha);
            } else {
                w.audit(now, user, "TRAINING_EVIDENCE", r.getApplicantId(), "certificate " + file + " attached, SHA-256 "
                        + sha + " (" + pdf.length + " bytes)");
            }
            return sha;
        });
    }

    @Override
    public byte[] certificate(String applicantId, long evidenceId) {
        return RemediationWriter.reading(db, w -> {
            RemediationRules.actor(w, user, Need.READ);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            RemediationEvidence e = w.evidenceById(evidenceId).filter(x -> x.getRecordId() == r.getId()
                    && x.getKind() == RemediationEvidence.Kind.CERTIFICATE).orElseThrow(() -> new InvalidInputException(
                    "Case " + r.getApplicantId() + " has no certificate " + evidenceId + "."));
            byte[] content = w.certificate(e.getId()).orElseThrow(() -> new IllegalStateException(
                    "certificate " + evidenceId + " has no stored file"));
            if (!sha256(content).equals(e.getSha256())) {
                throw new IllegalStateException("certificate " + evidenceId + " does not match its recorded SHA-256");
            }
            return content;
        });
    }

    @Override
    public void verify(String applicantId) {
        Instant now = clock.instant();
        RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.VERIFY);
            RemediationRecord r = RemediationRules.current(w, applicantId);
            RemediationRules.needsTraining(r);
            if (r.getState() != RemediationState.COMPLETED || r.getEvidenceId() == null) {
                throw new InvalidInputException("Case " + r.getApplicantId() + " is " + r.getState()
                        + ": only a COMPLETED record with evidence can be verified.");
            }
            if (user.equals(r.getEvidenceBy())) {
                throw new PermissionDeniedException(RemediationRules.OWN_EVIDENCE);
            }
            RemediationEvidence e = w.evidenceById(r.getEvidenceId()).orElseThrow();
            RemediationState from = moveTo(r, RemediationState.VERIFIED, now);
            r.verified(user, now);
            w.appendMove(r, from, user, now, "verified on " + describe(e));
            return null;
        });
    }

    static String describe(RemediationEvidence e) {
        return e.getKind() == RemediationEvidence.Kind.ROSTER
                ? "roster " + e.getSourceFile() + " row " + e.getSourceRow() + " (class " + e.getClassNumber() + ", "
                        + (e.getResult() == null || e.getResult().isEmpty() ? "no result" : e.getResult()) + ")"
                        + ", imported by " + e.getAttachedBy()
                : "certificate " + e.getSourceFile() + " (SHA-256 " + e.getSha256() + "), attached by " + e.getAttachedBy();
    }

    @Override
    public RosterReport importRoster(Path roster) throws UnusableFileException, IOException {
        RemediationWriter.inTransaction(db, w -> RemediationRules.actor(w, user, Need.CHANGE));
        return new RosterImport(db, user, clock, new RosterReader()).importFile(roster);
    }

    @Override
    public TrainingStatus status() {
        RemediationWriter.reading(db, w -> RemediationRules.actor(w, user, Need.READ));
        return new StatusFigures(new RemediationReader(db)).figures(overdue());
    }

    @Override
    public List<OfficeTraining.Record> officeRecords() {
        RemediationWriter.reading(db, w -> RemediationRules.actor(w, user, Need.READ));
        return org.secondlook.store.MergedTrainingStore.all(db).stream().map(k -> new OfficeTraining.Record(
                k.applicantId(), k.office(), k.decisionRef(), k.action(), k.state(), k.attempt(), k.classNumber(),
                k.verifiedBy(), k.moves(), k.setAside())).toList();
    }

    @Override
    public List<OfficeTraining.Conflict> officeConflicts() {
        RemediationWriter.reading(db, w -> RemediationRules.actor(w, user, Need.READ));
        return org.secondlook.store.MergedTrainingStore.open(db).stream().map(DatabaseRemediation::office).toList();
    }

    @Override
    public OfficeTraining.Conflict resolveOfficeConflict(long conflictId, String keptOffice, String reason) {
        String why = text(reason, "reason");
        if (why == null) {
            throw new InvalidInputException("Give a reason for keeping that office's record: it goes into the audit trail.");
        }
        String keep = blankToNull(keptOffice);
        Instant now = clock.instant();
        return RemediationWriter.inTransaction(db, w -> {
            RemediationRules.actor(w, user, Need.RESOLVE);
            org.secondlook.store.MergedTrainingStore store = w.mergedTraining();
            org.secondlook.store.MergedTrainingStore.OpenConflict c = store.openForUpdate(conflictId).orElseThrow(() ->
                    new InvalidInputException("Training conflict " + conflictId + " is not open: it was resolved already"
                            + " or does not exist."));
            if (keep == null || !(keep.equals(c.office()) || keep.equals(c.otherOffice()))) {
                throw new InvalidInputException("Training conflict " + conflictId + " is between " + c.office() + " and "
                        + c.otherOffice() + ": keep the record of one of them.");
            }
            boolean first = keep.equals(c.office());
            String other = first ? c.otherOffice() : c.office();
            store.resolve(c, keep, user, why, now);
            w.audit(now, user, "TRAINING_CONFLICT_RESOLVED", c.applicantId(), "training conflict " + c.id() + ": kept "
                    + keep + "'s record (" + (first ? c.state() : c.otherState()) + ") over " + other + "'s ("
                    + (first ? c.otherState() : c.state()) + "); reason: " + why);
            return office(c);
        });
    }

    private static OfficeTraining.Conflict office(org.secondlook.store.MergedTrainingStore.OpenConflict c) {
        return new OfficeTraining.Conflict(c.id(), c.applicantId(), c.office(), c.otherOffice(), c.state(), c.otherState(),
                c.createdAt());
    }

    private static String text(String value, String what) {
        String t = blankToNull(value);
        if (t != null && t.length() > MAX_TEXT) {
            throw new InvalidInputException("The " + what + " is longer than " + MAX_TEXT + " characters.");
        }
        return t;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
