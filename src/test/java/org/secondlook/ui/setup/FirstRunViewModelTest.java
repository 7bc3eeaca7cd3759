package org.secondlook.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeWorkstation;

class FirstRunViewModelTest {
    @TempDir
    Path dir;

    private final FakeWorkstation ws = new FakeWorkstation();
    private final List<ReviewSession> opened = new ArrayList<>();

    private FirstRunViewModel vm(DemoBatchSource demo) {
        ws.initialized = false;
        return new FirstRunViewModel(ws, new CurrentThreadTaskExecutor(), demo, opened::add);
    }

    @Test
    void createsTheOfficeThenImportsTheDemoBatchThroughBatchImport() throws Exception {
        Path batch = Files.writeString(dir.resolve("demo.csv"), "applicant_id,full_name\nA-1,X\n");
        FirstRunViewModel vm = vm(() -> batch);
        vm.officeProperty().set("El Paso Field Office");
        vm.adminProperty().set("admin");
        vm.passwordProperty().set("a long enough password");
        vm.repeatProperty().set("a long enough password");
        assertThat(vm.canCreateProperty().get()).isTrue();

        vm.create();
        assertThat(ws.isInitialized()).isTrue();
        assertThat(ws.office).isEqualTo("El Paso Field Office");
        assertThat(vm.stepProperty().get()).isEqualTo(FirstRunViewModel.Step.OFFER_DEMO);
        assertThat(opened).isEmpty();

        vm.loadDemo();
        assertThat(ws.lastImported).isEqualTo(batch);
        assertThat(ws.cases.all()).hasSize(2);
        assertThat(vm.importer().messageProperty().get()).isEqualTo("Import finished: 2 new, 0 updated, 0 unchanged, 0 rejected.");
        assertThat(opened).singleElement().extracting(ReviewSession::officeName).isEqualTo("El Paso Field Office");
    }

    @Test
    void passwordsThatDifferCannotBeSubmitted() {
        FirstRunViewModel vm = vm(() -> dir);
        vm.officeProperty().set("Office");
        vm.adminProperty().set("admin");
        vm.passwordProperty().set("a long enough password");
        vm.repeatProperty().set("a long enough passwort");
        assertThat(vm.problemProperty().get()).isEqualTo("The two passwords are not the same.");
        assertThat(vm.canCreateProperty().get()).isFalse();
    }

    @Test
    void aRefusedPasswordShowsTheServicesSentenceAndStaysOnTheForm() {
        FirstRunViewModel vm = vm(() -> dir);
        vm.officeProperty().set("Office");
        vm.adminProperty().set("admin");
        vm.passwordProperty().set("short");
        vm.repeatProperty().set("short");
        vm.create();
        assertThat(vm.errorProperty().get()).isEqualTo("The password is too short: use at least 12 characters.");
        assertThat(vm.stepProperty().get()).isEqualTo(FirstRunViewModel.Step.FORM);
        assertThat(ws.isInitialized()).isFalse();
    }

    @Test
    void skippingTheDemoOpensAnEmptyQueue() {
        FirstRunViewModel vm = vm(() -> {
            throw new AssertionError("demo must not be written");
        });
        vm.officeProperty().set("Office");
        vm.adminProperty().set("admin");
        vm.passwordProperty().set("a long enough password");
        vm.repeatProperty().set("a long enough password");
        vm.create();
        vm.skipDemo();
        assertThat(opened).hasSize(1);
        assertThat(ws.cases.all()).isEmpty();
    }
}
