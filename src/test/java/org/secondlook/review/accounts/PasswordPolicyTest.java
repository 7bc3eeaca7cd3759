package org.secondlook.review.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.secondlook.review.InvalidInputException;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsALongPhraseOfUnrelatedWords() {
        assertThat(policy.problem("dana", "copper kettle orbit 7".toCharArray())).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.problem("dana", "k3ttle!Orb".toCharArray()))
                .hasValue("The password must be at least 12 characters long.");
    }

    @Test
    void refusesPasswordsContainingTheUserName() {
        assertThat(policy.problem("Dana", "my-name-is-DANA-ok".toCharArray()))
                .hasValue("The password must not contain the user name.");
    }

    @Test
    void refusesCommonPasswordsAlsoWithDigitsAndSymbolsAround() {
        assertThat(policy.problem("dana", "password1234".toCharArray())).isPresent();
        assertThat(policy.problem("dana", "Password2024!!".toCharArray())).isPresent();
        assertThat(policy.problem("dana", "2024Qwertyuiop!".toCharArray())).isPresent();
        assertThat(policy.problem("dana", "zzzzzzzzzzzzzz".toCharArray())).isPresent();
    }

    @Test
    void checkThrowsTheReasonAsInvalidInput() {
        assertThatThrownBy(() -> policy.check("dana", "short".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
    }
}
