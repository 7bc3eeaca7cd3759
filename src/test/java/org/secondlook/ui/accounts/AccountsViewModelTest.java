package org.secondlook.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Role;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.AccountService.Account;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.signoff.Office;

/** The accounts screen's model on a real encrypted store: the users command's service and password policy. */
class AccountsViewModelTest {
    @TempDir
    static Path dir;
    static Office office;
    static ReviewSession ada;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(dir, 0);
        ada = office.login("ada", Office.ADA);
    }

    @AfterAll
    static void close() {
        ada.close();
    }

    private static Account account(AccountsViewModel vm, String name) {
        return vm.accounts().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void anAdministratorAddsAReviewerUnderThePasswordPolicyThenDisablesAndResetsIt() throws Exception {
        assertThat(AccountsViewModel.availableTo(ada)).isTrue();
        AccountsViewModel vm = new AccountsViewModel(ada, new CurrentThreadTaskExecutor(), PasswordPolicy.standard());
        vm.refresh();
        assertThat(vm.accounts()).extracting(Account::name).contains("ada", "sam", "rita");

        vm.nameProperty().set("nora");
        assertThat(vm.addProblemProperty().get()).isEqualTo("Tick at least one role.");
        vm.reviewerProperty().set(true);
        vm.passwordProperty().set("short");
        assertThat(vm.addProblemProperty().get()).isEqualTo("The password must be at least 12 characters long.");
        vm.passwordProperty().set("nora-nora-nora-nora");
        assertThat(vm.addProblemProperty().get()).isEqualTo("The password must not contain the user name.");
        vm.passwordProperty().set("amber willow compass");
        assertThat(vm.addProblemProperty().get()).isEqualTo("The two passwords are not the same.");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.repeatProperty().set("amber willow compass");
        assertThat(vm.canAddProperty().get()).isTrue();
        vm.add();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Account nora added (Reviewer).");
        assertThat(account(vm, "nora").roles()).containsExactly(Role.REVIEWER);
        assertThat(vm.nameProperty().get()).as("the form empties for the next one").isEmpty();
        office.login("nora", "amber willow compass".toCharArray()).close();

        vm.selectedProperty().set(account(vm, "nora"));
        vm.disable();
        assertThat(account(vm, "nora").enabled()).isFalse();
        vm.selectedProperty().set(account(vm, "nora"));
        vm.resetPasswordProperty().set("harbor lantern violet");
        vm.resetRepeatProperty().set("harbor lantern violet");
        vm.reset();
        assertThat(vm.messageProperty().get()).isEqualTo("nora has a new password and may sign in with it.");
        assertThat(account(vm, "nora").enabled()).isTrue();
        office.login("nora", "harbor lantern violet".toCharArray()).close();
    }

    @Test
    void aRefusalFromTheServiceIsShownAndGoesWhenTheInputChanges() {
        AccountsViewModel vm = new AccountsViewModel(ada, new CurrentThreadTaskExecutor(), PasswordPolicy.standard());
        vm.refresh();
        vm.nameProperty().set("rita");
        vm.supervisorProperty().set(true);
        vm.passwordProperty().set("quiet meadow lantern");
        vm.repeatProperty().set("quiet meadow lantern");
        vm.add();
        assertThat(vm.errorProperty().get()).isEqualTo("An account named rita exists already.");
        vm.nameProperty().set("rosa");
        assertThat(vm.errorProperty().get()).isEmpty();
        vm.selectedProperty().set(account(vm, "ada"));
        assertThat(vm.canDisableProperty().get()).as("never one's own account").isFalse();
    }
}
