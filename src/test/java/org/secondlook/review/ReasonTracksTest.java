package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.decisions.ReasonCodeList;

/** Each reason supports a track (docs/formats.md, reason codes); the decision service refuses the other track, on a real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class ReasonTracksTest {
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;
    Team team;

    @BeforeParameterizedClassInvocation
    void setUp() throws Exception {
        team = new Team(dir, 4, store);
    }

    @Test
    void theBuiltInListSaysWhichTrackEachReasonSupports() {
        ReasonCodeList list = ReasonCodeList.standard();
        assertThat(list.codes()).hasSize(7).doesNotContainKey("LE_EXPERIENCE_VERIFIED.track");
        assertThat(list.track("LE_EXPERIENCE_VERIFIED")).contains(Track.LEO);
        for (String code : new String[] {"NON_LE_OFFICER_TITLE", "ASPIRATION_ONLY", "THIRD_PARTY_ONLY",
                "CIVILIAN_ROLE_ONLY", "INSUFFICIENT_INFORMATION"}) {
            assertThat(list.track(code)).as(code).contains(Track.ACADEMY);
        }
        assertThat(list.track("POLICY_DEPENDENT_ROLE")).isEmpty();
        assertThat(list.codesFor(Track.LEO)).containsOnlyKeys("LE_EXPERIENCE_VERIFIED", "POLICY_DEPENDENT_ROLE");
        assertThat(list.codesFor(Track.ACADEMY)).doesNotContainKey("LE_EXPERIENCE_VERIFIED").hasSize(6);
    }

    @Test
    void aReasonForTheOtherTrackIsRefusedWithASentenceAndWritesNothing() throws Exception {
        String id = team.ids.get(0);
        try (ReviewSession sue = team.sue()) {
            long events = Team.eventCount(sue);
            assertThatThrownBy(() -> sue.decisions().decide(id, Track.ACADEMY, "LE_EXPERIENCE_VERIFIED", null,
                    Team.version(sue, id)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("The reason LE_EXPERIENCE_VERIFIED (\"Sworn law-enforcement service")
                    .hasMessageContaining("supports LEO program, not Basic academy")
                    .hasMessageContaining("NON_LE_OFFICER_TITLE");
            assertThatThrownBy(() -> sue.decisions().decide(id, Track.LEO, "ASPIRATION_ONLY", null,
                    Team.version(sue, id)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("supports Basic academy, not LEO program");
            assertThat(Team.state(sue, id)).isEqualTo(ReviewState.NEW);
            assertThat(Team.eventCount(sue)).as("a refused decision writes nothing").isEqualTo(events);
        }
    }

    @Test
    void aReasonForEitherTrackFitsBoth() throws Exception {
        try (ReviewSession rita = team.rita(); ReviewSession rob = team.rob()) {
            rita.decisions().decide(team.ids.get(1), Track.LEO, "POLICY_DEPENDENT_ROLE", null,
                    Team.version(rita, team.ids.get(1)));
            rob.decisions().decide(team.ids.get(2), Track.ACADEMY, "POLICY_DEPENDENT_ROLE", null,
                    Team.version(rob, team.ids.get(2)));
            assertThat(Team.state(rita, team.ids.get(1))).isEqualTo(ReviewState.DECIDED);
            assertThat(Team.state(rob, team.ids.get(2))).isEqualTo(ReviewState.DECIDED);
            assertThat(rita.reasons().fits("THIRD_PARTY_ONLY", Track.ACADEMY)).isTrue();
        }
    }
}
