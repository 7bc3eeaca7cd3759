package org.secondlook.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.imports.BatchImport;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.ui.CurrentThreadTaskExecutor;

class ImportViewModelTest {
    private final ImportViewModel vm = new ImportViewModel(new CurrentThreadTaskExecutor());
    private final AtomicInteger done = new AtomicInteger();

    @Test
    void reportsTheCountsLineAndEachRejectedRow() {
        BatchImport imports = (file, progress) -> {
            progress.rowsDone(5, 0.5);
            assertThat(vm.progressProperty().get()).isEqualTo(0.5);
            return new ImportReport(3, 0, 0, List.of(new RowRejection(4, "A-9", "the résumé file is missing")), List.of(), false);
        };
        vm.importFile(imports, Path.of("batch.csv"), done::incrementAndGet);
        assertThat(vm.messageProperty().get()).isEqualTo("Import finished: 3 new, 0 updated, 0 unchanged, 1 rejected.");
        assertThat(vm.detailsProperty().get()).isEqualTo("Row 4 (A-9): the résumé file is missing\n");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(done).hasValue(1);
    }

    @Test
    void cancelStopsAfterTheRowInHandAndSaysWhatIsKept() {
        BatchImport imports = (file, progress) -> {
            vm.cancel(); // the user presses Cancel while rows are coming in
            assertThat(progress.isCancelled()).isTrue();
            return new ImportReport(7, 0, 0, List.of(), List.of(), true);
        };
        vm.importFile(imports, Path.of("batch.csv"), done::incrementAndGet);
        assertThat(vm.messageProperty().get()).isEqualTo("Import canceled; the rows already in are kept: 7 new, 0 updated, 0 unchanged, 0 rejected.");
    }

    @Test
    void anUnusableFileGivesItsOneSentence() {
        BatchImport imports = (file, progress) -> {
            throw new org.secondlook.intake.UnusableFileException("batch.xlsx is password-protected: save it without a password and import again.");
        };
        vm.importFile(imports, Path.of("batch.xlsx"), done::incrementAndGet);
        assertThat(vm.messageProperty().get()).isEqualTo("batch.xlsx is password-protected: save it without a password and import again.");
        assertThat(done).hasValue(1);
    }
}
