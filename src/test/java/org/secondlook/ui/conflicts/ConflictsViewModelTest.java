package org.secondlook.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.decisions.DecisionService.RecordedDecision;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.MergeConflicts.Conflict;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.signoff.Office;

/** The conflicts screen's model at a real headquarters (two offices' packages merged), without a window. */
class ConflictsViewModelTest {
    @TempDir
    static Path dir;
    static Headquarters hq;

    @BeforeAll
    static void headquarters() throws Exception {
        hq = new Headquarters(dir);
    }

    @Test
    void anAdministratorSeesTheConflictReadOnlyAndASupervisorKeepsTheCurrentDecisionWithAReason() throws Exception {
        assertThat(hq.newarkMerge.conflicts()).isEqualTo(1);
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            ConflictsViewModel vm = new ConflictsViewModel(ada, new CurrentThreadTaskExecutor());
            assertThat(ConflictsViewModel.availableTo(ada)).isTrue();
            vm.refresh();
            assertThat(vm.rows()).hasSize(1);
            assertThat(vm.countProperty().get()).isEqualTo(1);
            assertThat(vm.messageProperty().get()).isEqualTo("1 conflict waits for a supervisor's choice.");
            assertThat(vm.mayResolve()).isFalse();
            vm.reasonProperty().set("Looks right to me");
            assertThat(vm.canResolveProperty().get()).isFalse();
            vm.takeIncoming();
            assertThat(vm.messageProperty().get()).contains("needs the supervisor role");
            vm.refresh();
            assertThat(vm.rows()).as("nothing was resolved").hasSize(1);
        }
        try (ReviewSession rita = hq.login("rita", Office.RITA)) {
            assertThat(ConflictsViewModel.availableTo(rita)).as("reviewers have no conflicts tab").isFalse();
        }

        try (ReviewSession sam = hq.login("sam", Office.SAM)) {
            ConflictsViewModel vm = new ConflictsViewModel(sam, new CurrentThreadTaskExecutor());
            vm.refresh();
            Conflict c = vm.selectedProperty().get();
            assertThat(c.applicantId()).isEqualTo("S-1");
            assertThat(c.office()).isEqualTo(Headquarters.NEWARK);
            assertThat(vm.trackLabel(c.incomingTrack())).isEqualTo("LEO program");
            assertThat(vm.trackLabel(c.currentTrack())).isEqualTo("Basic academy");
            assertThat(c.incomingNote()).isEqualTo("Newark PD 2008-2014, checked with the department.");
            assertThat(c.currentNote()).isEqualTo("Loan officer only.");
            assertThat(vm.reasonLabel(c.currentReason())).contains("job title outside law enforcement");

            assertThat(vm.canResolveProperty().get()).as("a reason is required").isFalse();
            vm.keepCurrent();
            assertThat(vm.messageProperty().get()).startsWith("Write why you choose this decision first");
            assertThat(vm.failedProperty().get()).isTrue();

            vm.reasonProperty().set("Denver interviewed the applicant; the PD years were a reserve role.");
            assertThat(vm.canResolveProperty().get()).isTrue();
            vm.keepCurrent();

            assertThat(vm.rows()).isEmpty();
            assertThat(vm.countProperty().get()).isZero();
            assertThat(vm.selectedProperty().get()).isNull();
            assertThat(vm.reasonProperty().get()).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("S-1: the decision in force stays; the incoming one was set aside.");
            RecordedDecision inForce = sam.decisions().latest("S-1").orElseThrow();
            assertThat(inForce.track()).isEqualTo(Track.ACADEMY);
            assertThat(inForce.note()).isEqualTo("Loan officer only.");
            assertThat(sam.audit().events(new AuditTrail.Query(null, "CONFLICT_RESOLVED", "S-1", null, null, null, 10)))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("sam");
                        assertThat(e.details()).startsWith("kept the current decision over ERO Newark")
                                .contains("reserve role");
                    });
            vm.refresh();
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.messageProperty().get()).as("the empty list says so itself").isEmpty();
        }
    }
}
