package org.secondlook.review.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.domain.WaiverReason;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.remediation.RemediationService.ListQuery;
import org.secondlook.review.remediation.RemediationService.MoveRequest;

/** Training records through the service on a real encrypted database: each move and each refused move. */
class RemediationServiceTest {
    @TempDir
    Path dir;
    TrainingTeam team;

    @BeforeEach
    void setUp() throws Exception {
        team = new TrainingTeam(dir, List.of(
                TrainingTeam.applicant(2, "D1", "Dana Field", ClassifierLabel.LEO, "DEPLOYED", "ERO Newark", null),
                TrainingTeam.applicant(3, "S1", "Sam Select", ClassifierLabel.LEO, "SELECTED", "ERO Newark", null),
                TrainingTeam.applicant(4, "L1", "Lee Leo", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(5, "N1", "Nia Civil", ClassifierLabel.NON_LEO, "APPLICANT", "ERO Miami", null),
                TrainingTeam.applicant(6, "T1", "Tom Trainee", ClassifierLabel.LEO, "IN_TRAINING", "ERO Miami", null)));
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    private RemediationState state(String id) {
        return team.ada.remediation().show(id).line().state();
    }

    private void scheduleAndStart(RemediationService s, String id, String cls, LocalDate report) {
        s.move(id, MoveRequest.to(RemediationState.NOTIFIED));
        s.move(id, new MoveRequest(RemediationState.SCHEDULED, cls, report, null));
        s.move(id, MoveRequest.to(RemediationState.IN_TRAINING));
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void signOffMakesOneRecordPerApplicantFromTrackLabelAndStatus() {
        team.signOff("D1", Track.ACADEMY);
        team.signOff("S1", Track.ACADEMY);
        team.signOff("L1", Track.LEO);
        team.signOff("N1", Track.LEO);
        team.signOff("T1", Track.ACADEMY);
        assertThat(team.rita.remediation().list(ListQuery.all()))
                .extracting(TrainingLine::applicantId, TrainingLine::action, TrainingLine::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("D1", RemediationAction.RECALL, RemediationState.IDENTIFIED),
                        org.assertj.core.groups.Tuple.tuple("L1", RemediationAction.NONE, RemediationState.IDENTIFIED),
                        org.assertj.core.groups.Tuple.tuple("N1", RemediationAction.NONE, RemediationState.IDENTIFIED),
                        org.assertj.core.groups.Tuple.tuple("S1", RemediationAction.ENROL, RemediationState.IDENTIFIED),
                        org.assertj.core.groups.Tuple.tuple("T1", RemediationAction.ENROL, RemediationState.IDENTIFIED));
        assertThat(team.ada.remediation().show("N1").couldTakeLeo()).isTrue();
        assertThat(team.ada.remediation().show("L1").couldTakeLeo()).isFalse();
        assertThat(team.eventsAbout("D1")).endsWith("DECIDE", "SIGN_OFF");
        assertThat(team.ada.remediation().show("D1").moves()).singleElement().satisfies(m -> {
            assertThat(m.from()).isNull();
            assertThat(m.to()).isEqualTo(RemediationState.IDENTIFIED);
            assertThat(m.by()).isEqualTo("sam");
            assertThat(m.detail()).contains("training record RECALL made (tool said LEO, status DEPLOYED)");
        });
        assertThat(team.ada.verifyAudit().ok()).isTrue();
        assertThatThrownBy(() -> team.ada.remediation().move("L1", MoveRequest.to(RemediationState.NOTIFIED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs no training");
    }

    @Test
    void aSupersedingDecisionVoidsTheRecordAndMakesANewOneKeepingTheHistory() {
        team.signOff("S1", Track.ACADEMY);
        team.sam.remediation().move("S1", MoveRequest.to(RemediationState.NOTIFIED));
        team.signOff("S1", Track.LEO);
        TrainingDetail now = team.ada.remediation().show("S1");
        assertThat(now.line().action()).isEqualTo(RemediationAction.NONE);
        assertThat(now.earlier()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(RemediationState.VOIDED);
            assertThat(e.action()).isEqualTo("ENROL");
        });
        assertThat(team.eventsAbout("S1")).containsSubsequence("SIGN_OFF", "TRAINING_MOVE", "SUPERSEDE", "SIGN_OFF");
        assertThat(team.sam.audit().events(new org.secondlook.review.audit.AuditTrail.Query(null, "SIGN_OFF", "S1", null,
                null, null, 1)).get(0).details()).contains("training record of decision").contains("voided")
                .contains("training record NONE made");
        assertThat(team.ada.remediation().list(new ListQuery(RemediationState.VOIDED, null, false, null, 10)))
                .extracting(TrainingLine::applicantId).containsExactly("S1");
        assertThat(team.ada.verifyAudit().ok()).isTrue();
    }

    @Test
    void eachMoveOnTheMainLineIsAuditedAndAnotherSupervisorVerifiesTheCertificate() throws Exception {
        team.signOff("D1", Track.ACADEMY);
        scheduleAndStart(team.ada.remediation(), "D1", "BA-2026-14", LocalDate.of(2026, 3, 16));
        assertThat(state("D1")).isEqualTo(RemediationState.IN_TRAINING);
        byte[] pdf = pdf();
        String sha = team.sam.remediation().attachCertificate("D1", "/somewhere/cert-D1.pdf", pdf);
        assertThat(sha).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(state("D1")).isEqualTo(RemediationState.COMPLETED);

        long before = team.events();
        assertThatThrownBy(() -> team.sam.remediation().verify("D1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.OWN_EVIDENCE);
        assertThatThrownBy(() -> team.ada.remediation().verify("D1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.VERIFY);
        assertThatThrownBy(() -> team.rita.remediation().verify("D1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.VERIFY);
        assertThat(team.events()).as("a refused command writes nothing").isEqualTo(before);

        team.sue.remediation().verify("D1");
        TrainingDetail d = team.ada.remediation().show("D1");
        assertThat(d.line().state()).isEqualTo(RemediationState.VERIFIED);
        assertThat(d.verifiedBy()).isEqualTo("sue");
        assertThat(d.moves()).extracting(TrainingDetail.Move::to).containsExactly(RemediationState.IDENTIFIED,
                RemediationState.NOTIFIED, RemediationState.SCHEDULED, RemediationState.IN_TRAINING,
                RemediationState.COMPLETED, RemediationState.VERIFIED);
        assertThat(d.moves().get(5).detail()).contains("certificate cert-D1.pdf").contains(sha).contains("attached by sam");
        assertThat(d.moves()).extracting(TrainingDetail.Move::auditSeq).doesNotHaveDuplicates();
        assertThat(team.eventsAbout("D1")).filteredOn(t -> t.startsWith("TRAINING")).containsExactly(
                "TRAINING_MOVE", "TRAINING_MOVE", "TRAINING_MOVE", "TRAINING_MOVE", "TRAINING_MOVE");
        assertThat(team.ada.verifyAudit().ok()).isTrue();
    }

    @Test
    void refusedMovesChangeNothing() {
        team.signOff("S1", Track.ACADEMY);
        RemediationService ada = team.ada.remediation();
        long before = team.events();
        assertThatThrownBy(() -> team.rita.remediation().move("S1", MoveRequest.to(RemediationState.NOTIFIED)))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.CHANGE);
        assertThatThrownBy(() -> ada.move("S1", MoveRequest.to(RemediationState.IN_TRAINING)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot move from IDENTIFIED to IN_TRAINING");
        assertThatThrownBy(() -> ada.move("S1", MoveRequest.to(RemediationState.VERIFIED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("training verify");
        assertThatThrownBy(() -> ada.move("S1", MoveRequest.to(RemediationState.VOIDED)))
                .isInstanceOf(InvalidInputException.class);
        ada.move("S1", MoveRequest.to(RemediationState.NOTIFIED));
        assertThatThrownBy(() -> ada.move("S1", MoveRequest.to(RemediationState.SCHEDULED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--class and --report-date");
        ada.move("S1", new MoveRequest(RemediationState.SCHEDULED, "BA-1", LocalDate.of(2026, 4, 1), null));
        ada.move("S1", MoveRequest.to(RemediationState.IN_TRAINING));
        assertThatThrownBy(() -> ada.move("S1", MoveRequest.to(RemediationState.COMPLETED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs evidence");
        assertThatThrownBy(() -> team.sue.remediation().verify("S1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only a COMPLETED record");
        assertThatThrownBy(() -> ada.move("X9", MoveRequest.to(RemediationState.NOTIFIED)))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is no case with the id X9.");
        assertThatThrownBy(() -> ada.move("D1", MoveRequest.to(RemediationState.NOTIFIED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no training record");
        assertThat(state("S1")).isEqualTo(RemediationState.IN_TRAINING);
        assertThat(team.events()).isEqualTo(before + 3);
    }

    @Test
    void aFailedClassIsScheduledAgainAsTheNextAttempt() {
        team.signOff("S1", Track.ACADEMY);
        RemediationService sam = team.sam.remediation();
        scheduleAndStart(sam, "S1", "BA-1", LocalDate.of(2026, 4, 1));
        sam.move("S1", MoveRequest.to(RemediationState.FAILED));
        assertThat(team.ada.remediation().show("S1").line().attempt()).isEqualTo(1);
        sam.move("S1", new MoveRequest(RemediationState.SCHEDULED, "BA-2", LocalDate.of(2026, 6, 1), "second try"));
        TrainingLine line = team.ada.remediation().show("S1").line();
        assertThat(line.attempt()).isEqualTo(2);
        assertThat(line.classNumber()).isEqualTo("BA-2");
        assertThat(line.dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aWaiverNeedsReasonAuthorityAndASecondPersonsApproval() {
        team.signOff("D1", Track.ACADEMY);
        RemediationService sam = team.sam.remediation();
        assertThatThrownBy(() -> sam.move("D1", MoveRequest.to(RemediationState.WAIVED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("second person's approval");
        assertThatThrownBy(() -> sam.requestWaiver("D1", WaiverReason.ADMINISTRATIVE, null, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("authority");
        assertThatThrownBy(() -> sam.requestWaiver("D1", WaiverReason.OTHER, null, "Memo 2026-17"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--note");
        assertThatThrownBy(() -> team.rita.remediation().requestWaiver("D1", WaiverReason.ADMINISTRATIVE, null, "Memo"))
                .isInstanceOf(PermissionDeniedException.class);
        sam.requestWaiver("D1", WaiverReason.EQUIVALENT_TRAINING, "FLETC equivalent at state POST", "Memo 2026-17");
        assertThat(state("D1")).as("waits for approval").isEqualTo(RemediationState.IDENTIFIED);
        assertThat(team.ada.remediation().show("D1").line().waiverPending()).isTrue();
        assertThatThrownBy(() -> sam.approveWaiver("D1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.OWN_WAIVER);
        assertThatThrownBy(() -> team.ada.remediation().approveWaiver("D1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.APPROVE);
        assertThat(state("D1")).isEqualTo(RemediationState.IDENTIFIED);
        team.sue.remediation().approveWaiver("D1");
        TrainingDetail d = team.ada.remediation().show("D1");
        assertThat(d.line().state()).isEqualTo(RemediationState.WAIVED);
        assertThat(d.waiver().approvedBy()).isEqualTo("sue");
        assertThat(d.waiver().requestedBy()).isEqualTo("sam");
        assertThat(d.waiver().authority()).isEqualTo("Memo 2026-17");
        assertThat(team.eventsAbout("D1")).containsSubsequence("TRAINING_WAIVER_ASK", "TRAINING_MOVE");
        assertThatThrownBy(() -> team.sue.remediation().approveWaiver("D1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCertificateComesBackAsAttachedWithItsHashChecked() throws Exception {
        team.signOff("S1", Track.ACADEMY);
        RemediationService ada = team.ada.remediation();
        assertThatThrownBy(() -> ada.attachCertificate("S1", "c.pdf", pdf()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("IN_TRAINING or COMPLETED");
        scheduleAndStart(ada, "S1", "BA-1", LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> ada.attachCertificate("S1", "c.pdf", "not a pdf".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PDF");
        byte[] pdf = pdf();
        String sha = ada.attachCertificate("S1", "c.pdf", pdf);
        TrainingDetail.Evidence e = team.rita.remediation().show("S1").evidence().get(0);
        assertThat(e.kind()).isEqualTo("CERTIFICATE");
        assertThat(e.sha256()).isEqualTo(sha);
        assertThat(e.sizeBytes()).isEqualTo(pdf.length);
        byte[] back = team.rita.remediation().certificate("S1", e.id());
        assertThat(back).isEqualTo(pdf);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(back))).isEqualTo(sha);
    }

    @Test
    void overdueRulesFollowTheClock() {
        team.signOff("S1", Track.ACADEMY);
        team.signOff("D1", Track.ACADEMY);
        team.signOff("T1", Track.ACADEMY);
        RemediationService sam = team.sam.remediation();
        sam.move("S1", MoveRequest.to(RemediationState.NOTIFIED));
        sam.move("S1", new MoveRequest(RemediationState.SCHEDULED, "BA-1", LocalDate.of(2026, 3, 10), null));
        team.clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(team.ada.remediation().status().overdue()).isZero();
        team.clock.set(Instant.parse("2026-03-11T08:00:00Z"));
        assertThat(team.ada.remediation().list(new ListQuery(null, null, true, null, 100)))
                .extracting(TrainingLine::applicantId).containsExactly("S1");
        assertThat(team.ada.remediation().show("S1").line().overdue()).isTrue();
        sam.move("S1", MoveRequest.to(RemediationState.IN_TRAINING));
        assertThat(team.ada.remediation().status().overdue()).as("reported in time").isZero();

        // A completion unverified for more than the office's 14 days.
        scheduleAndStart(sam, "T1", "BA-1", LocalDate.of(2026, 3, 12));
        sam.attachCertificate("T1", "t.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        team.clock.set(Instant.parse("2026-03-25T08:00:00Z"));
        assertThat(team.ada.remediation().list(new ListQuery(null, null, true, null, 100))).isEmpty();
        team.clock.set(Instant.parse("2026-03-25T08:00:01Z"));
        assertThat(team.ada.remediation().list(new ListQuery(null, null, true, null, 100)))
                .extracting(TrainingLine::applicantId).containsExactly("T1");
        assertThat(team.ada.remediation().show("T1").line().dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
        TrainingStatus s = team.ada.remediation().status();
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.records()).isEqualTo(3);
        assertThat(s.byAction()).containsEntry("RECALL", 1L).containsEntry("ENROL", 2L).containsEntry("NONE", 0L);
        assertThat(s.byState()).containsEntry("IDENTIFIED", 1L).containsEntry("IN_TRAINING", 1L)
                .containsEntry("COMPLETED", 1L).containsEntry("VERIFIED", 0L);
        team.sue.remediation().verify("T1");
        s = team.ada.remediation().status();
        assertThat(s.overdue()).isZero();
        assertThat(s.verified()).isEqualTo(1);
        assertThat(s.verifiedShare()).isEqualTo(1.0 / 3);
        assertThat(s.officeShares()).containsEntry("ERO Miami", 1.0).containsEntry("ERO Newark", 0.0);
    }
}
