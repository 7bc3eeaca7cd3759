package org.secondlook.review.remediation;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.BatchReader;
import org.secondlook.review.Fixtures;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.store.DataDirectory;

/**
 * A real encrypted data directory on a clock the test sets: the administrator ada, supervisors sam and sue,
 * the reviewer rita, each logged in once, and the applicants the test imports.
 */
final class TrainingTeam implements AutoCloseable {
    /** A clock the test moves by hand (no sleeping). */
    static final class SetClock extends Clock {
        private Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final SetClock clock = new SetClock(Instant.parse("2026-03-02T09:00:00Z"));
    final LocalWorkstation ws;
    final ReviewSession ada;
    final ReviewSession sam;
    final ReviewSession sue;
    final ReviewSession rita;

    TrainingTeam(Path dir, List<ApplicantRecord> applicants) throws Exception {
        ws = new LocalWorkstation(new DataDirectory(dir), Analyzer.withDefaultPolicy(), new BatchReader(), clock,
                Duration.ofMillis(10), new SecureRandom(), PasswordPolicy.standard());
        ws.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "ERO Test Office");
        ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD);
        ada.accounts().add("sam", EnumSet.of(Role.SUPERVISOR), "a long supervisor phrase here".toCharArray());
        ada.accounts().add("sue", EnumSet.of(Role.SUPERVISOR), "keeps a quiet garden path".toCharArray());
        ada.accounts().add("rita", EnumSet.of(Role.REVIEWER), "reads every resume twice".toCharArray());
        Fixtures.importRecords(ada, applicants);
        sam = ws.login("sam", "a long supervisor phrase here".toCharArray());
        sue = ws.login("sue", "keeps a quiet garden path".toCharArray());
        rita = ws.login("rita", "reads every resume twice".toCharArray());
    }

    /** An applicant as a batch row: its tool label, batch status, office and date of birth. */
    static ApplicantRecord applicant(int row, String id, String name, ClassifierLabel label, String status,
                                     String office, String dateOfBirth) {
        return new ApplicantRecord(row, id, name, null, null, office, status, null,
                "Loan officer at First Bank, 2015-2024.", null, "TEXT", label, 0.9, List.of(), "screener-2",
                dateOfBirth == null ? Map.of() : Map.of("date_of_birth", dateOfBirth), List.of());
    }

    /** rita decides the track, sam signs it off: the training record is made. */
    void signOff(String id, Track track) {
        rita.decisions().decide(id, track, track == Track.LEO ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE", null,
                SignOffService.CURRENT);
        sam.signOffs().approve(id, SignOffService.CURRENT);
    }

    long events() {
        return ada.verifyAudit().events();
    }

    /** Audit event types about one applicant, oldest first. */
    List<String> eventsAbout(String id) {
        List<AuditTrail.Entry> e = new java.util.ArrayList<>(sam.audit().events(
                new AuditTrail.Query(null, null, id, null, null, null, 1000)));
        java.util.Collections.reverse(e);
        return e.stream().map(AuditTrail.Entry::type).toList();
    }

    @Override
    public void close() {
        rita.close();
        sue.close();
        sam.close();
        ada.close();
    }
}
