package org.secondlook.ui.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.CurrentThreadTaskExecutor;

/** The sign-off screen's model on a real store, without a window. */
class SignOffViewModelTest {
    @TempDir
    Path dir;
    Office office;

    @BeforeEach
    void setUp() throws Exception {
        office = new Office(dir, 4);
        try (ReviewSession rita = office.login("rita", Office.RITA); ReviewSession sue = office.login("sue", Office.SUE)) {
            rita.decisions().decide("S-1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "loan officer only", version(rita, "S-1"));
            rita.decisions().decide("S-2", Track.LEO, "LE_EXPERIENCE_VERIFIED", null, version(rita, "S-2"));
            sue.decisions().decide("S-3", Track.LEO, "LE_EXPERIENCE_VERIFIED", "Newark PD", version(sue, "S-3"));
        }
    }

    private static long version(ReviewSession s, String id) {
        return s.cases().load(id).lockVersion();
    }

    private static ReviewState state(ReviewSession s, String id) {
        return s.cases().load(id).summary().state();
    }

    @Test
    void listsDecidedCasesWithDecisionNoteAndEvidenceAndApprovesTheSelectedOne() throws Exception {
        try (ReviewSession sue = office.login("sue", Office.SUE)) {
            SignOffViewModel vm = new SignOffViewModel(sue, new CurrentThreadTaskExecutor());
            vm.refresh();
            assertThat(vm.rows()).extracting(PendingDecision::applicantId).containsExactly("S-1", "S-2", "S-3");
            PendingDecision first = vm.selectedProperty().get();
            assertThat(first.applicantId()).isEqualTo("S-1");
            assertThat(first.note()).isEqualTo("loan officer only");
            assertThat(vm.reasonLabel(first.reasonCode())).contains("job title outside law enforcement");
            assertThat(vm.detailProperty().get().resumeText()).contains("Loan Officer, First Bank");
            assertThat(vm.evidence()).anySatisfy(l -> assertThat(l).contains("\u201cOfficer\u201d"));
            assertThat(vm.canApproveProperty().get()).isTrue();
            assertThat(vm.canReturnProperty().get()).as("a return needs a comment").isFalse();
            vm.approve();
            assertThat(state(sue, "S-1")).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(vm.rows()).extracting(PendingDecision::applicantId).containsExactly("S-2", "S-3");
            assertThat(vm.messageProperty().get()).contains("S-1");
        }
    }

    @Test
    void ownDecisionsCannotBeApprovedAndReturnsNeedAComment() throws Exception {
        try (ReviewSession sue = office.login("sue", Office.SUE)) {
            SignOffViewModel vm = new SignOffViewModel(sue, new CurrentThreadTaskExecutor());
            vm.refresh();
            vm.selectedProperty().set(vm.rows().get(2));
            assertThat(vm.selectedProperty().get().ownDecision()).isTrue();
            assertThat(vm.canApproveProperty().get()).isFalse();
            vm.approve();
            assertThat(vm.messageProperty().get()).contains("your own decision");
            assertThat(state(sue, "S-3")).isEqualTo(ReviewState.DECIDED);

            vm.selectedProperty().set(vm.rows().get(1));
            vm.returnSelected();
            assertThat(vm.messageProperty().get()).contains("comment");
            assertThat(state(sue, "S-2")).isEqualTo(ReviewState.DECIDED);
            vm.commentProperty().set("Which agency? Add the dates.");
            assertThat(vm.canReturnProperty().get()).isTrue();
            vm.returnSelected();
            assertThat(state(sue, "S-2")).isEqualTo(ReviewState.RETURNED);
        }
        try (ReviewSession rita = office.login("rita", Office.RITA)) {
            assertThat(rita.decisions().latest("S-2")).get().satisfies(d ->
                    assertThat(d.returnComment()).contains("Which agency? Add the dates."));
        }
    }

    @Test
    void approveManyShowsTheListFirstAndApprovesExactlyIt() throws Exception {
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            SignOffViewModel vm = new SignOffViewModel(sam, new CurrentThreadTaskExecutor());
            vm.refresh();
            vm.reviewMarked();
            assertThat(vm.confirmingProperty().get()).isFalse();
            vm.markAll();
            vm.selectedProperty().set(vm.rows().get(2));
            vm.toggleMark();
            vm.reviewMarked();
            assertThat(vm.confirmingProperty().get()).isTrue();
            assertThat(vm.confirmList()).extracting(PendingDecision::applicantId).containsExactly("S-1", "S-2");
            assertThat(state(sam, "S-1")).as("nothing approved before confirming").isEqualTo(ReviewState.DECIDED);
            vm.confirmMany();
            assertThat(state(sam, "S-1")).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(state(sam, "S-2")).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(state(sam, "S-3")).isEqualTo(ReviewState.DECIDED);
            assertThat(vm.messageProperty().get()).startsWith("2 approved");
            assertThat(vm.rows()).extracting(PendingDecision::applicantId).containsExactly("S-3");
        }
    }

    @Test
    void aCaseChangedByAnotherSupervisorIsAConflictShownOnScreen() throws Exception {
        try (ReviewSession sam = office.login("sam", Office.SAM); ReviewSession sue = office.login("sue", Office.SUE)) {
            SignOffViewModel vm = new SignOffViewModel(sam, new CurrentThreadTaskExecutor());
            vm.refresh();
            sue.signOffs().returnDecision("S-1", "Look again.", version(sue, "S-1"));
            vm.approve();
            assertThat(vm.conflictProperty().get()).contains("S-1").contains("rita decided ACADEMY");
            assertThat(state(sam, "S-1")).isEqualTo(ReviewState.RETURNED);
            assertThat(vm.rows()).extracting(PendingDecision::applicantId).doesNotContain("S-1");
        }
    }
}
