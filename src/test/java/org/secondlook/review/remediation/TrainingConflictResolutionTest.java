package org.secondlook.review.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondlook.review.remediation.TrainingConflictOffices.DENVER;
import static org.secondlook.review.remediation.TrainingConflictOffices.NEWARK;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.RemediationState;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.remediation.RemediationService.MoveRequest;
import org.secondlook.ui.signoff.Office;

/**
 * Training conflicts resolved at headquarters, on real encrypted installations ({@link TrainingConflictOffices}: S-1
 * and S-2 moved differently by Denver and Newark). A supervisor keeps Denver's record of S-1 and Newark's of S-2,
 * each with a reason in the audit trail; the other office's record is set aside, nobody else may choose, a blank
 * reason or a third office is refused, and neither a re-merge nor Denver's later package raises the conflict again.
 */
class TrainingConflictResolutionTest {
    @TempDir
    Path dir;

    @Test
    void aSupervisorKeepsEitherOfficesRecordAndTheChoiceIsAudited() throws Exception {
        TrainingConflictOffices offices = new TrainingConflictOffices(dir, 2);
        Map<String, OfficeTraining.Conflict> open;
        try (ReviewSession ada = offices.hq.login("ada", Office.ADA)) {
            open = ada.remediation().officeConflicts().stream()
                    .collect(Collectors.toMap(OfficeTraining.Conflict::applicantId, Function.identity()));
            assertThat(open).containsOnlyKeys("S-1", "S-2");
            assertThat(open.get("S-1")).satisfies(c -> {
                assertThat(c.office()).isEqualTo(NEWARK);
                assertThat(c.otherOffice()).isEqualTo(DENVER);
                assertThat(c.state()).isEqualTo("IDENTIFIED");
                assertThat(c.otherState()).isEqualTo("NOTIFIED");
            });
            long s1 = open.get("S-1").id();
            assertThatThrownBy(() -> ada.remediation().resolveOfficeConflict(s1, DENVER, "Denver's roster."))
                    .as("an administrator looks but does not choose")
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.RESOLVE);
        }
        long s1 = open.get("S-1").id();
        long s2 = open.get("S-2").id();
        try (ReviewSession sam = offices.hq.login("sam", Office.SAM)) {
            RemediationService r = sam.remediation();
            assertThatThrownBy(() -> r.resolveOfficeConflict(s1, DENVER, "  ")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason");
            assertThatThrownBy(() -> r.resolveOfficeConflict(s1, "ERO Boston", "Boston says so."))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Training conflict " + s1 + " is between " + NEWARK + " and " + DENVER
                            + ": keep the record of one of them.");

            r.resolveOfficeConflict(s1, DENVER, "Denver notified the applicant; Newark's LEO sign-off was overturned.");
            r.resolveOfficeConflict(s2, NEWARK, "Newark's sign-off stands for S-2.");

            assertThat(r.officeConflicts()).isEmpty();
            assertThatThrownBy(() -> r.resolveOfficeConflict(s1, NEWARK, "Changed my mind."))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not open");
            assertThat(r.officeRecords()).extracting(k -> k.applicantId() + " " + k.office() + " " + k.setAside())
                    .containsExactlyInAnyOrder("S-1 " + DENVER + " false", "S-1 " + NEWARK + " true",
                            "S-2 " + DENVER + " true", "S-2 " + NEWARK + " false");
            assertThat(sam.audit().events(new AuditTrail.Query(null, "TRAINING_CONFLICT_RESOLVED", "S-1", null, null, null,
                    10))).singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("sam");
                        assertThat(e.details()).isEqualTo("training conflict " + s1 + ": kept " + DENVER
                                + "'s record (NOTIFIED) over " + NEWARK + "'s (IDENTIFIED); reason: Denver notified the"
                                + " applicant; Newark's LEO sign-off was overturned.");
                    });
            assertThat(sam.audit().events(new AuditTrail.Query(null, "TRAINING_CONFLICT_RESOLVED", "S-2", null, null, null,
                    10))).singleElement().satisfies(e -> assertThat(e.details()).contains("kept " + NEWARK
                    + "'s record (IDENTIFIED) over " + DENVER + "'s (NOTIFIED)"));
            assertThat(sam.verifyAudit().ok()).isTrue();
        }

        // Merging Newark's package again changes nothing; Denver carries S-1 further: no new conflict with
        // Newark's record set aside.
        assertThat(offices.mergeAtHeadquarters(dir.resolve("newark.slpkg")).conflicts()).isZero();
        try (ReviewSession sam = offices.denver.login("sam", Office.SAM)) {
            sam.remediation().move("S-1", new MoveRequest(RemediationState.SCHEDULED, "BA-2026-14",
                    LocalDate.of(2026, 3, 9), null));
        }
        offices.packDenver(dir.resolve("denver-2.slpkg"));
        assertThat(offices.mergeAtHeadquarters(dir.resolve("denver-2.slpkg")).trainingMerged()).as("S-1 moved on")
                .isEqualTo(1);
        try (ReviewSession ada = offices.hq.login("ada", Office.ADA)) {
            assertThat(ada.remediation().officeConflicts()).isEmpty();
            assertThat(ada.remediation().officeRecords()).filteredOn(k -> k.applicantId().equals("S-1"))
                    .extracting(k -> k.office() + " " + k.state() + " " + k.setAside())
                    .containsExactlyInAnyOrder(DENVER + " SCHEDULED false", NEWARK + " IDENTIFIED true");
        }
    }
}
