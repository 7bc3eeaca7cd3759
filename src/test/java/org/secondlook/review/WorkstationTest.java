package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Role;
import org.secondlook.store.KeySlotFile;
import org.secondlook.review.cases.StatusReport;

class WorkstationTest {
    @TempDir
    Path dir;

    @Test
    void initializesAnEncryptedDatabaseAndLogsTheAdministratorIn() throws Exception {
        LocalWorkstation ws = Fixtures.workstation(dir);
        assertThat(ws.isInitialized()).isFalse();
        ws.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "ERO Newark");
        assertThat(ws.isInitialized()).isTrue();
        assertThat(dir.resolve("secondlook.mv.db")).exists();
        assertThat(dir.resolve("keyslots.json")).content().contains("argon2id").doesNotContain("ERO Newark");
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(s.userName()).isEqualTo(Fixtures.ADMIN);
            assertThat(s.roles()).containsExactly(Role.ADMIN);
            assertThat(s.officeName()).isEqualTo("ERO Newark");
            assertThat(s.status().accounts()).extracting(StatusReport.Account::name).containsExactly(Fixtures.ADMIN);
        }
    }

    @Test
    void refusesASecondInitializationAndAWeakPassword() {
        LocalWorkstation ws = Fixtures.workstation(dir);
        assertThatThrownBy(() -> ws.initialize("ada", "password".toCharArray(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12");
        ws.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, null);
        assertThatThrownBy(() -> ws.initialize("bob", Fixtures.PASSWORD, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
    }

    @Test
    void aWrongPasswordOrUnknownUserGetsTheSameSentenceAndIsCountedThenAudited() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        assertThatThrownBy(() -> ws.login(Fixtures.ADMIN, "wrong password here".toCharArray()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("The user name or password is not correct.");
        assertThatThrownBy(() -> ws.login("nobody", Fixtures.PASSWORD))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("The user name or password is not correct.");
        KeySlotFile slots = new KeySlotFile(dir.resolve("keyslots.json"));
        assertThat(slots.find(Fixtures.ADMIN).orElseThrow().failedLogins()).isEqualTo(1);
        assertThat(slots.find(Fixtures.ADMIN).orElseThrow().lastFailureAt()).isNotNull();

        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(slots.find(Fixtures.ADMIN).orElseThrow().failedLogins()).isZero();
            var audit = ((LocalReviewSession) s).auditTrail();
            assertThat(audit.ok()).isTrue();
            assertThat(audit.events()).isEqualTo(3); // INITIALIZE, USER_ADD, LOGIN_FAILED
        }
    }
}
