package org.secondlook.review.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.oversight.Office;

/**
 * The QA flow through the services on a real encrypted database: a LEO decision signed off is queued,
 * a different reviewer answers blind, a disagreement reaches a supervisor who was neither reviewer, and
 * the settlement is audited and supersedes the first decision when the track differs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class QaFlowTest {
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;
    Office office;

    @BeforeParameterizedClassInvocation
    void setUp() throws Exception {
        office = new Office(dir, Instant.parse("2026-11-02T08:00:00Z"), store);
        List<Office.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(new Office.Row("Q" + i, "ERO Newark", "Police Officer, Springfield Police Department, 2009-2019\n"
                    + "Loan Officer, First Bank, 2019-2024\n", "LEO", "Police Officer;Loan Officer"));
        }
        office.importRows(rows);
    }

    /** {@code decider} decides LEO, sam approves: the case is queued for a second review. */
    private void decideAndApprove(String id, String decider) throws Exception {
        try (ReviewSession who = office.login(decider); ReviewSession sam = office.login("sam")) {
            who.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", "patrol years", SignOffService.CURRENT);
            office.clock.advance(Duration.ofHours(2));
            sam.signOffs().approve(id, SignOffService.CURRENT);
            office.clock.advance(Duration.ofHours(1));
        }
    }

    private static List<String> queue(ReviewSession s) {
        return s.qa().queue(0).stream().map(w -> w.applicantId() + " " + w.waitingFor()).toList();
    }

    @Test
    void aDisagreementReachesASupervisorAndItsSettlementSupersedesTheFirstDecision() throws Exception {
        decideAndApprove("Q1", "rita");
        try (ReviewSession rita = office.login("rita"); ReviewSession rob = office.login("rob");
             ReviewSession sam = office.login("sam"); ReviewSession sue = office.login("sue")) {
            assertThat(queue(rita)).doesNotContain("Q1 SECOND_REVIEW");
            assertThat(queue(rob)).contains("Q1 SECOND_REVIEW");
            assertThat(queue(sam)).contains("Q1 SECOND_REVIEW");

            assertThatThrownBy(() -> rita.qa().answer("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE"))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DatabaseQa.OWN_DECISION);
            assertThatThrownBy(() -> rita.qa().blindCase("Q1")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> sam.qa().answer("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE"))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("reviewer role");

            QaService.BlindCase blind = rob.qa().blindCase("Q1");
            assertThat(blind.resumeText()).isEqualTo(sam.cases().load("Q1").resumeText());
            assertThat(Arrays.stream(QaService.BlindCase.class.getRecordComponents()).map(RecordComponent::getName))
                    .as("the blind view carries nothing of the first decision, the tool's label or the analyzer's verdict")
                    .containsExactly("applicantId", "fullName", "office", "resumeText");

            rob.qa().answer("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE");
            assertThat(queue(rob)).doesNotContain("Q1 SECOND_REVIEW");
            assertThat(queue(sam)).contains("Q1 SETTLEMENT");
            assertThat(queue(rob)).noneMatch(l -> l.startsWith("Q1 "));

            assertThatThrownBy(() -> rob.qa().settle("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "bank job"))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("supervisor role");
            assertThatThrownBy(() -> sam.qa().settle("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", " "))
                    .isInstanceOf(InvalidInputException.class);

            sam.qa().settle("Q1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "the police years are a reference, not service");
            assertThat(sam.cases().load("Q1").summary().state()).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(sam.decisions().latest("Q1")).hasValueSatisfying(d -> {
                assertThat(d.track()).isEqualTo(Track.ACADEMY);
                assertThat(d.decidedBy()).isEqualTo("sam");
            });
            assertThat(queue(sam)).noneMatch(l -> l.startsWith("Q1 "));
            List<AuditTrail.Entry> events = sam.audit().events(new AuditTrail.Query(null, null, "Q1", null, null, null, 50));
            assertThat(events).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("sam");
                assertThat(e.type()).isEqualTo("QA_SETTLE");
                assertThat(e.details()).contains("supersedes").contains("the police years are a reference");
            });
            assertThat(events).anySatisfy(e -> assertThat(e.type()).isEqualTo("QA_ANSWER"));
            assertThat(sam.audit().verify().ok()).isTrue();
            assertThat(sue.qa().status().settled()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theSettlingSupervisorWasNeitherReviewerAndASameTrackSettlementKeepsTheFirstDecision() throws Exception {
        decideAndApprove("Q2", "rob");
        try (ReviewSession sue = office.login("sue"); ReviewSession sam = office.login("sam")) {
            sue.qa().answer("Q2", Track.ACADEMY, "ASPIRATION_ONLY");
            assertThatThrownBy(() -> sue.qa().settle("Q2", Track.LEO, "LE_EXPERIENCE_VERIFIED", "it was service"))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DatabaseQa.NOT_A_REVIEWER_HERE);
            sam.qa().settle("Q2", Track.LEO, "LE_EXPERIENCE_VERIFIED", "ten years of patrol service");
            assertThat(sam.decisions().latest("Q2")).hasValueSatisfying(d -> {
                assertThat(d.track()).isEqualTo(Track.LEO);
                assertThat(d.decidedBy()).isEqualTo("rob");
            });
            assertThat(sam.cases().load("Q2").summary().state()).isEqualTo(ReviewState.SIGNED_OFF);
        }
    }

    @Test
    void anAgreementNeedsNoSettlement() throws Exception {
        decideAndApprove("Q3", "rita");
        try (ReviewSession rob = office.login("rob"); ReviewSession sam = office.login("sam")) {
            long answered = sam.qa().status().answered();
            rob.qa().answer("Q3", Track.LEO, "LE_EXPERIENCE_VERIFIED");
            assertThat(sam.qa().status().answered()).isEqualTo(answered + 1);
            assertThatThrownBy(() -> sam.qa().settle("Q3", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "no"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no QA disagreement");
            assertThatThrownBy(() -> rob.qa().answer("Q3", Track.LEO, "LE_EXPERIENCE_VERIFIED"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not waiting");
            assertThat(queue(sam)).noneMatch(l -> l.startsWith("Q3 "));
        }
    }

    @Test
    void anAcademyDecisionIsNotQueuedWhenTheSampleSkipsIt() throws Exception {
        try (ReviewSession ada = office.login("ada"); ReviewSession rita = office.login("rita");
             ReviewSession sam = office.login("sam")) {
            ada.qa().setShare(java.math.BigDecimal.ZERO);
            rita.decisions().decide("Q4", Track.ACADEMY, "NON_LE_OFFICER_TITLE", null, SignOffService.CURRENT);
            sam.signOffs().approve("Q4", SignOffService.CURRENT);
            assertThat(queue(sam)).noneMatch(l -> l.startsWith("Q4 "));
            assertThatThrownBy(() -> rita.qa().setShare(java.math.BigDecimal.ONE))
                    .isInstanceOf(PermissionDeniedException.class);
            ada.qa().setShare(new java.math.BigDecimal("0.10"));
        }
    }
}
