package org.secondlook.review.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.BlindQaRule;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.oversight.Office;
import org.secondlook.review.remediation.RemediationService;
import org.secondlook.review.remediation.TrainingLine;

/**
 * A case waiting for its blind QA second review shows nothing of its first decision, the tool's label or
 * the analyzer's verdict to a reviewer who could give that review (any but the first decider) through any
 * read path of the services, until the review is answered; the first decider and the supervisors (sam, and
 * sue who also reviews) keep the full view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QaBlindViewsTest {
    @TempDir
    static Path dir;
    Office office;

    @BeforeAll
    void setUp() throws Exception {
        office = new Office(dir, Instant.parse("2026-11-02T08:00:00Z"));
        String text = "Police Officer, Springfield Police Department, 2009-2019\nLoan Officer, First Bank, 2019-2024\n";
        office.importRows(List.of(new Office.Row("B1", "ERO Newark", text, "LEO", "Police Officer"),
                new Office.Row("B2", "ERO Newark", text, "LEO", "Police Officer"),
                new Office.Row("B3", "ERO Newark", "Cashier, Corner Store, 2015-2024\n", "NON_LEO", "")));
        try (ReviewSession rita = office.login("rita"); ReviewSession sam = office.login("sam")) {
            rita.decisions().decide("B1", Track.LEO, "LE_EXPERIENCE_VERIFIED", "patrol years", SignOffService.CURRENT);
            office.clock.advance(Duration.ofHours(1));
            sam.signOffs().approve("B1", SignOffService.CURRENT); // a LEO decision: always queued for QA
            office.clock.advance(Duration.ofHours(1));
        }
    }

    private static List<String> ids(ReviewSession s, QueueQuery q) {
        return s.cases().queue(q).rows().stream().map(CaseSummary::applicantId).toList();
    }

    private static QueueQuery search(String text) {
        return new QueueQuery(text, Set.of(), null, null, null, null, null, null, null, false, 0, 100);
    }

    private static QueueQuery filtered(Set<ReviewState> states, ClassifierLabel label, String reviewer) {
        return new QueueQuery(null, states, null, label, null, reviewer, null, null, QueueQuery.SortKey.LABEL, true, 0, 100);
    }

    private static List<AuditTrail.Entry> auditOf(ReviewSession s, String id) {
        return s.audit().events(new AuditTrail.Query(null, null, id, null, null, null, 100));
    }

    private static List<String> training(ReviewSession s) {
        return s.remediation().list(RemediationService.ListQuery.all()).stream().map(TrainingLine::applicantId).toList();
    }

    /** Every read path of the services leaves B1 out or refuses it with the sentence that points to the QA tab. */
    private static void seesNothingOfB1(ReviewSession s) {
        List<String> queue = ids(s, QueueQuery.all(0, 100));
        assertThat(queue).containsExactlyInAnyOrder("B2", "B3");
        assertThat(s.cases().queue(QueueQuery.all(0, 100)).total()).isEqualTo(2);
        assertThat(ids(s, QueueQuery.all(1, 1))).containsExactly(queue.get(1));
        assertThat(ids(s, search("B1"))).isEmpty();
        assertThat(s.cases().queue(search("Springfield")).total()).isEqualTo(1);
        assertThat(ids(s, filtered(Set.of(ReviewState.SIGNED_OFF), null, null))).isEmpty();
        assertThat(s.cases().queue(filtered(Set.of(), ClassifierLabel.LEO, null)).total()).isEqualTo(1);
        assertThat(ids(s, filtered(Set.of(), null, "rita"))).isEmpty();
        assertThatThrownBy(() -> s.cases().load("B1")).isInstanceOf(PermissionDeniedException.class)
                .hasMessage(BlindQaRule.sentence("B1"));
        assertThatThrownBy(() -> s.cases().load("B1", 1)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> s.decisions().latest("B1")).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("qa show B1");
        assertThatThrownBy(() -> s.decisions().decide("B1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", null,
                SignOffService.CURRENT)).isInstanceOf(PermissionDeniedException.class);
        assertThat(training(s)).doesNotContain("B1");
        assertThatThrownBy(() -> s.remediation().show("B1")).isInstanceOf(PermissionDeniedException.class);
        assertThat(s.qa().blindCase("B1").resumeText()).contains("Springfield");
    }

    private static void seesAllOfB1(ReviewSession s) {
        assertThat(ids(s, QueueQuery.all(0, 100))).containsExactlyInAnyOrder("B1", "B2", "B3");
        assertThat(ids(s, search("B1"))).containsExactly("B1");
        CaseSummary b1 = s.cases().load("B1").summary();
        assertThat(b1.classifierLabel()).isEqualTo(ClassifierLabel.LEO);
        assertThat(b1.verdict()).isNotNull();
        assertThat(b1.decidedBy()).isEqualTo("rita");
        assertThat(s.decisions().latest("B1")).hasValueSatisfying(d -> assertThat(d.track()).isEqualTo(Track.LEO));
        assertThat(training(s)).contains("B1");
    }

    @Test
    void aWouldBeSecondReviewerSeesNothingOfTheFirstDecisionUntilTheirAnswerIsIn() throws Exception {
        try (ReviewSession rob = office.login("rob"); ReviewSession sue = office.login("sue");
             ReviewSession rita = office.login("rita"); ReviewSession sam = office.login("sam")) {
            seesNothingOfB1(rob);

            seesAllOfB1(rita);
            seesAllOfB1(sam);
            seesAllOfB1(sue);
            assertThat(auditOf(sam, "B1")).extracting(AuditTrail.Entry::type).contains("DECIDE", "SIGN_OFF");

            rob.qa().answer("B1", Track.LEO, "LE_EXPERIENCE_VERIFIED");
            seesAllOfB1(rob);
            assertThat(auditOf(sam, "B1")).extracting(AuditTrail.Entry::type).contains("DECIDE", "SIGN_OFF", "QA_ANSWER");
        }
    }
}
