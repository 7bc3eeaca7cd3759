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

    @Test
    void aSharedServerIsSetUpOnlyOnceItAnsweredAndOneSetUpAlreadyGoesToTheLogin() {
        FakeWorkstation server = new FakeWorkstation();
        server.initialized = false;
        List<org.secondlook.review.Workstation> existing = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        org.secondlook.review.ServerConnector connector = (url, pw, ca) -> {
            asked.add(url + " " + pw + " " + ca);
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new org.secondlook.review.InvalidInputException("The database URL must look like jdbc:postgresql://host:port/database?user=NAME.");
            }
            return new org.secondlook.review.ServerConnector.Connected(server, url.endsWith("/hq"));
        };
        ws.initialized = false;
        FirstRunViewModel vm = new FirstRunViewModel(ws, connector, existing::add, new CurrentThreadTaskExecutor(), () -> dir,
                opened::add);
        assertThat(vm.offersServer()).isTrue();
        vm.onServerProperty().set(true);
        vm.officeProperty().set("Headquarters");
        vm.adminProperty().set("admin");
        vm.passwordProperty().set("a long enough password");
        vm.repeatProperty().set("a long enough password");
        assertThat(vm.problemProperty().get()).isEqualTo("Connect to the shared server first.");
        assertThat(vm.canCreateProperty().get()).isFalse();

        vm.serverUrlProperty().set("postgres://db/x");
        vm.connect();
        assertThat(vm.errorProperty().get()).isEqualTo("The database URL must look like jdbc:postgresql://host:port/database?user=NAME.");
        assertThat(vm.connectedProperty().get()).isFalse();

        vm.serverUrlProperty().set("jdbc:postgresql://db/new");
        vm.serverPasswordFileProperty().set("/etc/db.pw");
        vm.serverCaFileProperty().set("/etc/ca.crt");
        vm.connect();
        assertThat(asked).last().isEqualTo("jdbc:postgresql://db/new /etc/db.pw /etc/ca.crt");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.canCreateProperty().get()).isTrue();
        vm.create();
        assertThat(server.isInitialized()).as("set up on the server").isTrue();
        assertThat(ws.isInitialized()).as("not on this workstation").isFalse();
        assertThat(existing).isEmpty();

        vm.serverUrlProperty().set("jdbc:postgresql://db/hq");
        assertThat(vm.connectedProperty().get()).as("another server: connect again").isFalse();
        vm.connect();
        assertThat(existing).containsExactly(server);
    }
}
