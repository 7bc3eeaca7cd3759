package org.secondlook.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.signoff.Office;

/**
 * The Training tab's model on a real encrypted installation, without a window: a reviewer reads only; the
 * supervisor who imported the roster may not verify on it; another supervisor may, and the list follows.
 */
class TrainingViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aReviewerReadsTheImporterMayNotVerifyAnotherSupervisorVerifies() throws Exception {
        Office office = new Office(dir, 1);
        try (ReviewSession rita = office.login("rita", Office.RITA); ReviewSession sam = office.login("sam", Office.SAM)) {
            rita.decisions().decide("S-1", Track.ACADEMY, "NON_LE_OFFICER_TITLE", null, SignOffService.CURRENT);
            sam.signOffs().approve("S-1", SignOffService.CURRENT);
        }
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "applicant_id,class_number,start_date,end_date,result\r\n"
                + "S-1,BA-2026-14,2026-01-05,2026-03-01,PASS\r\n"
                + "S-1,,2026-01-05,2026-03-01,PASS\r\n");

        try (ReviewSession rita = office.login("rita", Office.RITA)) {
            TrainingViewModel vm = new TrainingViewModel(rita, new CurrentThreadTaskExecutor());
            vm.refresh();
            assertThat(vm.rows()).singleElement().satisfies(l -> assertThat(l.state()).isEqualTo(RemediationState.IDENTIFIED));
            assertThat(vm.mayChange()).isFalse();
            vm.importRoster(roster);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo(
                    "You can look at the training records; changing them needs the admin or supervisor role.");
            assertThat(vm.rows().get(0).state()).as("nothing imported").isEqualTo(RemediationState.IDENTIFIED);
        }
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            TrainingViewModel vm = new TrainingViewModel(sam, new CurrentThreadTaskExecutor());
            vm.refresh();
            vm.importRoster(roster);
            assertThat(vm.messageProperty().get()).isEqualTo("Roster imported: 1 applied, 0 unchanged, 1 rejected.");
            assertThat(vm.report()).singleElement().asString().startsWith("Row 3 (S-1): ");
            assertThat(vm.selectedProperty().get().state()).isEqualTo(RemediationState.COMPLETED);
            assertThat(vm.detailProperty().get().evidenceBy()).isEqualTo("sam");
            assertThat(vm.canVerifyProperty().get()).as("not on evidence one imported").isFalse();
        }
        try (ReviewSession sue = office.login("sue", Office.SUE)) {
            TrainingViewModel vm = new TrainingViewModel(sue, new CurrentThreadTaskExecutor());
            vm.stateFilterProperty().set(RemediationState.COMPLETED);
            assertThat(vm.rows()).hasSize(1);
            assertThat(vm.canVerifyProperty().get()).isTrue();
            vm.verify();
            assertThat(vm.messageProperty().get()).isEqualTo("S-1: completion verified.");
            assertThat(vm.rows()).as("the filter still shows completed records only").isEmpty();
            vm.stateFilterProperty().set(null);
            assertThat(vm.rows()).singleElement().satisfies(l -> assertThat(l.state()).isEqualTo(RemediationState.VERIFIED));
        }
    }
}
