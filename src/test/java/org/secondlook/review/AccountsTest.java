package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.Role;
import org.secondlook.intake.BatchReader;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeySlotFile;
import org.secondlook.review.accounts.AccountService;
import org.secondlook.review.accounts.LoginDelay;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.audit.AuditTrail;

/** Accounts, key slots, the password rules and the growing delay after failed logins, on a real data directory. */
class AccountsTest {
    static final char[] BOB_PW = "a sturdy harbour lantern".toCharArray();
    @TempDir
    Path dir;

    private KeySlotFile slots() {
        return new KeySlotFile(dir.resolve("keyslots.json"));
    }

    @Test
    void onlyAnAdministratorManagesAccountsAndTheNewAccountOpensTheDatabase() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ada.accounts().add("bob", EnumSet.of(Role.REVIEWER, Role.SUPERVISOR), BOB_PW);
            assertThat(ada.accounts().list()).extracting(AccountService.Account::name).containsExactly("ada", "bob");
            assertThatThrownBy(() -> ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), BOB_PW))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("exists already");
            assertThatThrownBy(() -> ada.accounts().add("x y", EnumSet.of(Role.REVIEWER), BOB_PW))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("letters, digits");
        }
        try (ReviewSession bob = ws.login("bob", BOB_PW)) {
            assertThat(bob.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.SUPERVISOR);
            assertThatThrownBy(() -> bob.accounts().add("carl", EnumSet.of(Role.REVIEWER), "carl's fine passphrase".toCharArray()))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("admin role");
            assertThatThrownBy(() -> bob.accounts().disable("ada")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> bob.accounts().list()).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(slots().find("carl")).isEmpty();
    }

    @Test
    void thePasswordRulesApplyToNewAccountsResetsAndChanges() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThatThrownBy(() -> ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), "short pw".toCharArray()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12");
            assertThatThrownBy(() -> ada.accounts().add("bobby", EnumSet.of(Role.REVIEWER), "i am bobby the great".toCharArray()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("user name");
            assertThatThrownBy(() -> ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), "Password123456!".toCharArray()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("common");
            assertThat(ada.accounts().list()).extracting(AccountService.Account::name).containsExactly("ada");
            ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), BOB_PW);
            assertThatThrownBy(() -> ada.accounts().reset("bob", "qwertyuiop123".toCharArray()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> ada.accounts().changePassword(Fixtures.PASSWORD, "ada-ada-ada-ada-ada".toCharArray()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("user name");
        }
        assertThat(slots().read()).extracting(KeySlot::account).containsExactly("ada", "bob");
    }

    @Test
    void aPasswordChangeRewrapsOnlyThatAccountsSlot() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), BOB_PW);
        }
        KeySlot adaBefore = slots().find("ada").orElseThrow();
        KeySlot bobBefore = slots().find("bob").orElseThrow();
        char[] next = "a brand new lantern phrase".toCharArray();
        try (ReviewSession bob = ws.login("bob", BOB_PW)) {
            assertThatThrownBy(() -> bob.accounts().changePassword("not my password!".toCharArray(), next))
                    .isInstanceOf(AuthenticationException.class);
            bob.accounts().changePassword(BOB_PW, next);
        }
        assertThat(slots().find("ada")).contains(adaBefore);
        assertThat(slots().find("bob").orElseThrow().wrappedKey()).isNotEqualTo(bobBefore.wrappedKey());
        assertThatThrownBy(() -> ws.login("bob", BOB_PW)).isInstanceOf(AuthenticationException.class);
        try (ReviewSession bob = ws.login("bob", next); ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(bob.userName()).isEqualTo("bob");
            assertThat(ada.audit().events(new AuditTrail.Query("bob", "PASSWORD_CHANGE", null, null, null, null, 5)))
                    .hasSize(1);
        }
    }

    @Test
    void disablingDestroysTheSlotAndAResetWritesAFreshOne() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ada.accounts().add("bob", EnumSet.of(Role.REVIEWER), BOB_PW);
            KeySlot before = slots().find("bob").orElseThrow();
            ada.accounts().disable("bob");
            assertThat(slots().find("bob")).isEmpty();
            assertThat(slots().read().toString()).doesNotContain(before.wrappedKey()).doesNotContain(before.salt());
            assertThat(ada.accounts().list()).filteredOn(a -> a.name().equals("bob")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.enabled()).isFalse();
                        assertThat(a.hasKeySlot()).isFalse();
                    });
            assertThatThrownBy(() -> ada.accounts().disable("ada")).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("last administrator");
        }
        assertThatThrownBy(() -> ws.login("bob", BOB_PW)).isInstanceOf(AuthenticationException.class);
        char[] fresh = "another harbour at night".toCharArray();
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ada.accounts().reset("bob", fresh);
            assertThat(Team.eventsOfType(ada, "USER_")).containsExactly("USER_ADD", "USER_ADD", "USER_DISABLE",
                    "USER_RESET");
        }
        assertThatThrownBy(() -> ws.login("bob", BOB_PW)).isInstanceOf(AuthenticationException.class);
        try (ReviewSession bob = ws.login("bob", fresh)) {
            assertThat(bob.userName()).isEqualTo("bob");
        }
    }

    @Test
    void failedLoginsWaitLongerEachTimeAndAreFoldedIntoTheAuditTrailAtTheNextLogin() throws Exception {
        Fixtures.initialized(dir).toString();
        List<Duration> waits = new ArrayList<>();
        LoginDelay delay = new LoginDelay(Duration.ofMillis(500), Duration.ofSeconds(4), waits::add);
        LocalWorkstation ws = new LocalWorkstation(new DataDirectory(dir), Analyzer.withDefaultPolicy(), new BatchReader(),
                Clock.systemUTC(), delay, new SecureRandom(), PasswordPolicy.standard());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ws.login(Fixtures.ADMIN, "not the password at all".toCharArray()))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(slots().find(Fixtures.ADMIN).orElseThrow().failedLogins()).isEqualTo(5);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(slots().find(Fixtures.ADMIN).orElseThrow().failedLogins()).isZero();
            assertThat(ada.audit().events(new AuditTrail.Query(null, "LOGIN_FAILED", null, null, null, null, 5)))
                    .singleElement().extracting(AuditTrail.Entry::details).asString().contains("5 failed login(s)");
        }
        waits.clear();
        assertThatThrownBy(() -> ws.login(Fixtures.ADMIN, "wrong again, but once".toCharArray()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(waits).as("the count starts again after a successful login").containsExactly(Duration.ofMillis(500));
    }

    @Test
    void theIdleLockChecksThePasswordAgainAndAuditsAWrongOne() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession ada = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(ada.verifyPassword(Fixtures.PASSWORD)).isTrue();
            assertThat(ada.verifyPassword("no that is wrong".toCharArray())).isFalse();
            assertThat(Team.eventsOfType(ada, "UNLOCK_FAILED")).hasSize(1);
        }
    }
}
