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
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.decisions.DecisionService;
import org.secondlook.review.decisions.DutyRules;
import org.secondlook.review.decisions.SignOffService;

/** The separation-of-duties rules, proved through the services on a real encrypted database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class SeparationOfDutiesTest {
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;
    Team team;

    @BeforeParameterizedClassInvocation
    void setUp() throws Exception {
        team = new Team(dir, 12, store);
    }

    @Test
    void aReviewerDecidesAndAnotherPersonASupervisorSignsOff() throws Exception {
        String id = team.ids.get(0);
        try (ReviewSession rita = team.rita(); ReviewSession sam = team.sam()) {
            rita.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", "loan officer at a bank",
                    Team.version(rita, id));
            assertThat(Team.state(rita, id)).isEqualTo(ReviewState.DECIDED);
            assertThat(sam.signOffs().pending(100)).anySatisfy(p -> {
                assertThat(p.applicantId()).isEqualTo(id);
                assertThat(p.decidedBy()).isEqualTo("rita");
                assertThat(p.reasonCode()).isEqualTo("NON_LE_OFFICER_TITLE");
                assertThat(p.note()).isEqualTo("loan officer at a bank");
                assertThat(p.ownDecision()).isFalse();
            });
            sam.signOffs().approve(id, Team.version(sam, id));
            assertThat(Team.state(sam, id)).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(Team.eventsAbout(sam, id)).containsSubsequence("rita DECIDE", "sam SIGN_OFF");
            assertThat(sam.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void nobodySignsOffTheirOwnDecision() throws Exception {
        String id = team.ids.get(1);
        try (ReviewSession sue = team.sue()) {
            sue.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", null, Team.version(sue, id));
            long events = Team.eventCount(sue);
            assertThatThrownBy(() -> sue.signOffs().approve(id, Team.version(sue, id)))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.OWN_DECISION);
            assertThatThrownBy(() -> sue.signOffs().returnDecision(id, "not sure", SignOffService.CURRENT))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.OWN_DECISION);
            assertThat(sue.signOffs().pending(100)).filteredOn(p -> p.applicantId().equals(id))
                    .singleElement().extracting(SignOffService.PendingDecision::ownDecision).isEqualTo(true);
            assertThat(sue.signOffs().approveAll(sue.signOffs().pending(100).stream()
                    .filter(p -> p.applicantId().equals(id)).toList()).refused()).containsKey(id);
            assertThat(Team.state(sue, id)).isEqualTo(ReviewState.DECIDED);
            assertThat(Team.eventCount(sue)).as("a refused command writes nothing").isEqualTo(events);
        }
    }

    @Test
    void aReviewerCannotSignOff() throws Exception {
        String id = team.ids.get(2);
        try (ReviewSession rita = team.rita(); ReviewSession rob = team.rob()) {
            rita.decisions().decide(id, Track.ACADEMY, "ASPIRATION_ONLY", null, Team.version(rita, id));
            assertThatThrownBy(() -> rob.signOffs().approve(id, SignOffService.CURRENT))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("needs the supervisor role");
            assertThatThrownBy(() -> rob.signOffs().returnDecision(id, "no", SignOffService.CURRENT))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("needs the supervisor role");
            assertThatThrownBy(() -> rob.signOffs().pending(10)).isInstanceOf(PermissionDeniedException.class);
            assertThat(Team.state(rob, id)).isEqualTo(ReviewState.DECIDED);
        }
    }

    @Test
    void aSignedOffDecisionIsNeverEditedACorrectionSupersedesItAndNeedsItsOwnSignOff() throws Exception {
        String id = team.ids.get(3);
        try (ReviewSession rita = team.rita(); ReviewSession sam = team.sam(); ReviewSession sue = team.sue()) {
            rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", "deputy 2010-2018", Team.version(rita, id));
            sam.signOffs().approve(id, Team.version(sam, id));
            assertThatThrownBy(() -> rita.decisions().undoLast())
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.SIGNED_OFF_IS_FINAL);
            assertThatThrownBy(() -> sue.signOffs().approve(id, SignOffService.CURRENT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("signed off already");

            rita.decisions().decide(id, Track.ACADEMY, "INSUFFICIENT_INFORMATION", "dates do not add up",
                    Team.version(rita, id));
            assertThat(Team.state(rita, id)).isEqualTo(ReviewState.DECIDED);
            assertThat(Team.eventsAbout(sam, id)).containsSubsequence("rita DECIDE", "sam SIGN_OFF", "rita SUPERSEDE");
            assertThat(sam.signOffs().pending(100)).filteredOn(p -> p.applicantId().equals(id)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.supersedesSignedOff()).isTrue();
                        assertThat(p.track()).isEqualTo(Track.ACADEMY);
                    });
            sue.signOffs().approve(id, Team.version(sue, id));
            assertThat(Team.state(sue, id)).isEqualTo(ReviewState.SIGNED_OFF);
            // the first decision is kept as it was signed off
            assertThat(sam.audit().events(new AuditTrail.Query(null, "DECIDE", id, null, null, null, 10)))
                    .singleElement().extracting(AuditTrail.Entry::details).asString()
                    .contains("LEO", "LE_EXPERIENCE_VERIFIED", "deputy 2010-2018");
        }
    }

    @Test
    void aDisabledAccountCanDoNothingEvenInASessionOpenedBefore() throws Exception {
        try (ReviewSession ada = team.ada()) {
            ada.accounts().add("tess", java.util.EnumSet.of(org.secondlook.domain.Role.SUPERVISOR,
                    org.secondlook.domain.Role.REVIEWER), "has a very long passphrase".toCharArray());
        }
        String id = team.ids.get(4);
        try (ReviewSession tess = team.ws.login("tess", "has a very long passphrase".toCharArray());
             ReviewSession rita = team.rita(); ReviewSession ada = team.ada()) {
            rita.decisions().decide(id, Track.ACADEMY, "CIVILIAN_ROLE_ONLY", null, Team.version(rita, id));
            ada.accounts().disable("tess");
            assertThatThrownBy(() -> tess.decisions().decide(team.ids.get(5), Track.LEO, "LE_EXPERIENCE_VERIFIED", null,
                    SignOffService.CURRENT)).isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.DISABLED);
            assertThatThrownBy(() -> tess.signOffs().approve(id, SignOffService.CURRENT))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.DISABLED);
            assertThatThrownBy(() -> tess.audit().events(AuditTrail.Query.all(10)))
                    .isInstanceOf(PermissionDeniedException.class).hasMessage(DutyRules.DISABLED);
            assertThat(Team.state(ada, id)).isEqualTo(ReviewState.DECIDED);
        }
        assertThatThrownBy(() -> team.ws.login("tess", "has a very long passphrase".toCharArray()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aReturnedDecisionGoesBackToItsReviewerWithTheComment() throws Exception {
        String id = team.ids.get(6);
        try (ReviewSession rita = team.rita(); ReviewSession sam = team.sam()) {
            rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", null, Team.version(rita, id));
            assertThatThrownBy(() -> sam.signOffs().returnDecision(id, "  ", Team.version(sam, id)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("comment");
            sam.signOffs().returnDecision(id, "Security officer at a mall is not LE.", Team.version(sam, id));
            assertThat(Team.state(rita, id)).isEqualTo(ReviewState.RETURNED);
            assertThat(rita.decisions().latest(id)).get().satisfies(d -> {
                assertThat(d.decidedBy()).isEqualTo("rita");
                assertThat(d.returnComment()).contains("Security officer at a mall is not LE.");
            });
            assertThatThrownBy(() -> rita.decisions().undoLast()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("returned");
            rita.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", "mall security", Team.version(rita, id));
            sam.signOffs().approve(id, Team.version(sam, id));
            assertThat(Team.eventsAbout(sam, id)).containsSubsequence("rita DECIDE", "sam RETURN", "rita DECIDE",
                    "sam SIGN_OFF");
        }
    }

    @Test
    void aSaveOverSomeoneElsesNewerDecisionIsAConflictThatShowsIt() throws Exception {
        String id = team.ids.get(7);
        try (ReviewSession rita = team.rita(); ReviewSession rob = team.rob()) {
            long seen = Team.version(rob, id);
            rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", "state trooper", Team.version(rita, id));
            assertThatThrownBy(() -> rob.decisions().decide(id, Track.ACADEMY, "ASPIRATION_ONLY", null, seen))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("rita decided LEO (LE_EXPERIENCE_VERIFIED)").hasMessageContaining("state trooper");
            assertThatThrownBy(() -> rob.decisions().decide(id, Track.ACADEMY, "ASPIRATION_ONLY", null,
                    Team.version(rob, id))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("waiting for sign-off").hasMessageContaining("rita decided LEO");
            assertThat(rob.decisions().latest(id)).get().extracting(DecisionService.RecordedDecision::decidedBy)
                    .isEqualTo("rita");
        }
    }

    @Test
    void anUnknownReasonCodeIsRefusedWithTheList() throws Exception {
        String id = team.ids.get(8);
        try (ReviewSession rita = team.rita()) {
            assertThatThrownBy(() -> rita.decisions().decide(id, Track.LEO, "BECAUSE", null, SignOffService.CURRENT))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Unknown reason code 'BECAUSE'")
                    .hasMessageContaining("LE_EXPERIENCE_VERIFIED").hasMessageContaining("CIVILIAN_ROLE_ONLY");
            assertThat(Team.state(rita, id)).isEqualTo(ReviewState.NEW);
        }
    }

    @Test
    void undoPutsTheCaseBackAsItWasReferOrNew() throws Exception {
        String id = team.ids.get(9);
        try (ReviewSession rob = team.rob()) {
            rob.decisions().decide(id, Track.LEO, "POLICY_DEPENDENT_ROLE", null, Team.version(rob, id));
            assertThat(rob.decisions().undoLast()).contains(id);
            assertThat(Team.state(rob, id)).isEqualTo(ReviewState.NEW);
            assertThat(rob.decisions().latest(id)).isEmpty();
            assertThat(rob.decisions().undoLast()).isEmpty();
            rob.decisions().refer(id, "corrections officer: policy question", Team.version(rob, id));
            assertThat(Team.state(rob, id)).isEqualTo(ReviewState.REFERRED);
        }
        try (ReviewSession sam = team.sam()) {
            sam.decisions().decide(id, Track.ACADEMY, "POLICY_DEPENDENT_ROLE", "policy: corrections is not LE",
                    Team.version(sam, id));
            assertThat(sam.decisions().undoLast()).contains(id);
            assertThat(Team.state(sam, id)).isEqualTo(ReviewState.REFERRED);
            assertThat(Team.eventsAbout(sam, id)).containsExactly("ada APPLICANT_ADDED", "rob DECIDE", "rob UNDO", "rob REFER", "sam DECIDE",
                    "sam UNDO");
        }
    }

    @Test
    void approveManyApprovesWhatMayBeApprovedAndNamesTheRest() throws Exception {
        String a = team.ids.get(10);
        String b = team.ids.get(11);
        try (ReviewSession rita = team.rita(); ReviewSession sue = team.sue(); ReviewSession sam = team.sam()) {
            rita.decisions().decide(a, Track.ACADEMY, "THIRD_PARTY_ONLY", null, Team.version(rita, a));
            sue.decisions().decide(b, Track.LEO, "LE_EXPERIENCE_VERIFIED", null, Team.version(sue, b));
            var seen = sue.signOffs().pending(100).stream()
                    .filter(p -> p.applicantId().equals(a) || p.applicantId().equals(b)).toList();
            assertThat(seen).hasSize(2);
            var outcome = sue.signOffs().approveAll(seen);
            assertThat(outcome.approved()).containsExactly(a);
            assertThat(outcome.refused()).containsOnlyKeys(b).containsValue(DutyRules.OWN_DECISION);
            assertThat(Team.state(sam, a)).isEqualTo(ReviewState.SIGNED_OFF);
            assertThat(Team.state(sam, b)).isEqualTo(ReviewState.DECIDED);
            assertThat(sam.audit().verify().ok()).isTrue();
        }
    }
}
