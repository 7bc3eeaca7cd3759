package org.secondlook.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.Role;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeWorkstation;

class LoginViewModelTest {
    private final FakeWorkstation ws = new FakeWorkstation().withUser("rivera", "correct horse battery", Role.REVIEWER);
    private final List<ReviewSession> sessions = new ArrayList<>();
    private final LoginViewModel vm = new LoginViewModel(ws, new CurrentThreadTaskExecutor(), sessions::add);

    @Test
    void theRightPasswordOpensASession() {
        vm.userNameProperty().set(" rivera ");
        vm.passwordProperty().set("correct horse battery");
        vm.logIn();
        assertThat(sessions).singleElement().extracting(ReviewSession::userName).isEqualTo("rivera");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.passwordProperty().get()).as("password not kept in the form").isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoInOneSentenceAndOpensNothing() {
        vm.userNameProperty().set("rivera");
        vm.passwordProperty().set("wrong");
        vm.logIn();
        assertThat(sessions).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("The user name or password is wrong.");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void signInNeedsBothFields() {
        assertThat(vm.canLogInProperty().get()).isFalse();
        vm.userNameProperty().set("rivera");
        assertThat(vm.canLogInProperty().get()).isFalse();
        vm.passwordProperty().set("x");
        assertThat(vm.canLogInProperty().get()).isTrue();
    }
}
