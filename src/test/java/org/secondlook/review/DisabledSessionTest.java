package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.exchange.ExportFilter;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;

/**
 * One permission check, against the account as stored now: a session opened before its account was
 * disabled is refused at its next import, export, decision and sign-off (real encrypted database).
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class DisabledSessionTest {
    private static final char[] TESS_PW = "has a very long passphrase".toCharArray();

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;
    Team team;

    @BeforeEach
    void team() throws Exception {
        team = new Team(dir, 6, store);
        try (ReviewSession ada = team.ada()) {
            ada.accounts().add("tess", EnumSet.of(Role.SUPERVISOR, Role.REVIEWER), TESS_PW);
        }
    }

    @Test
    void aDisabledSupervisorsOpenSessionIsRefusedAtItsNextImportExportDecisionAndSignOff() throws Exception {
        String decided = team.ids.get(0);
        try (ReviewSession tess = team.ws.login("tess", TESS_PW); ReviewSession rita = team.rita();
             ReviewSession ada = team.ada()) {
            // Before: everything a supervisor may do works in this session.
            assertThat(tess.may(Permission.IMPORT)).isTrue();
            assertThat(tess.may(Permission.EXPORT)).isTrue();
            ((DatabaseBatchImport) tess.imports()).importRows("batch.csv", (h, p) -> { }, ImportProgress.NONE);
            tess.exports().workbook(ExportFilter.ALL);
            rita.decisions().decide(decided, Track.ACADEMY, "CIVILIAN_ROLE_ONLY", null, Team.version(rita, decided));

            ada.accounts().disable("tess");

            assertThatThrownBy(() -> ((DatabaseBatchImport) tess.imports()).importRows("batch.csv", (h, p) -> { },
                    ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.exports().workbook(ExportFilter.ALL))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.exports().packageSource())
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.exports().keys().signingKeys())
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.decisions().decide(team.ids.get(1), Track.LEO, "LE_EXPERIENCE_VERIFIED", null,
                    SignOffService.CURRENT)).isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.signOffs().approve(decided, SignOffService.CURRENT))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.backups().backup(dir.resolve("copy.zip")))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            assertThatThrownBy(() -> tess.cases().stats())
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(AccessCheck.DISABLED);
            // The window asks the same check, so it hides what the account may no longer do.
            assertThat(tess.may(Permission.IMPORT)).isFalse();
            assertThat(tess.may(Permission.EXPORT)).isFalse();
            assertThat(tess.may(Permission.DECIDE)).isFalse();
            // Nothing of it was written: the decided case is still waiting for a sign-off.
            assertThat(Team.state(ada, decided)).isEqualTo(org.secondlook.domain.ReviewState.DECIDED);
        }
    }

    @Test
    void anEnabledReviewerHearsTheRoleRuleItLacks() throws Exception {
        // The same check answers an enabled account: the rule it hears names the role it lacks.
        try (ReviewSession rita = team.rita()) {
            assertThat(rita.may(Permission.IMPORT)).isFalse();
            assertThat(rita.may(Permission.DECIDE)).isTrue();
            assertThatThrownBy(() -> ((DatabaseBatchImport) rita.imports()).importRows("batch.csv", (h, p) -> { },
                    ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class)
                    .hasMessage(Permission.IMPORT.rule());
            assertThatThrownBy(() -> rita.exports().workbook(ExportFilter.ALL))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(Permission.EXPORT.rule());
        }
    }
}
