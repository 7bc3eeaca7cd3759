package org.secondlook.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeWorkstation;
import org.secondlook.ui.fake.Samples;

/** The window offers only the reasons that fit the chosen track and suggests the one the findings point to. */
class ReasonsPerTrackTest {
    private final FakeWorkstation ws = new FakeWorkstation().withUser("rivera", "pw-rivera-123456", Role.REVIEWER);

    private DecisionViewModel open(org.secondlook.review.cases.CaseDetail c) throws Exception {
        ws.cases.add(c);
        DecisionViewModel vm = new DecisionViewModel(ws.login("rivera", "pw-rivera-123456".toCharArray()),
                new CurrentThreadTaskExecutor(), ReasonCodes.load());
        vm.setCase(ws.cases.load(c.summary().applicantId()));
        return vm;
    }

    @Test
    void theFileSaysWhichTrackEachReasonSupports() {
        assertThat(ReasonCodes.load()).extracting(r -> r.code() + "=" + r.track()).containsExactly(
                "LE_EXPERIENCE_VERIFIED=LEO", "NON_LE_OFFICER_TITLE=ACADEMY", "ASPIRATION_ONLY=ACADEMY",
                "POLICY_DEPENDENT_ROLE=null", "INSUFFICIENT_INFORMATION=ACADEMY", "THIRD_PARTY_ONLY=ACADEMY",
                "CIVILIAN_ROLE_ONLY=ACADEMY");
    }

    @Test
    void reasonsOfferedMatchTheTrack() throws Exception {
        DecisionViewModel vm = open(Samples.compliance());
        assertThat(vm.offeredReasons()).as("no track yet").isEmpty();
        vm.trackProperty().set(Track.LEO);
        assertThat(vm.offeredReasons()).extracting(ReasonCode::code)
                .containsExactly("LE_EXPERIENCE_VERIFIED", "POLICY_DEPENDENT_ROLE");
        vm.trackProperty().set(Track.ACADEMY);
        assertThat(vm.offeredReasons()).extracting(ReasonCode::code).containsExactly("NON_LE_OFFICER_TITLE",
                "ASPIRATION_ONLY", "POLICY_DEPENDENT_ROLE", "INSUFFICIENT_INFORMATION", "THIRD_PARTY_ONLY",
                "CIVILIAN_ROLE_ONLY");
    }

    @Test
    void aReasonForTheOtherTrackIsNeitherPickedNorKeptNorSaved() throws Exception {
        DecisionViewModel vm = open(Samples.compliance());
        vm.trackProperty().set(Track.LEO);
        assertThat(vm.pick(1)).isTrue();
        assertThat(vm.reasonProperty().get().code()).isEqualTo("LE_EXPERIENCE_VERIFIED");
        vm.trackProperty().set(Track.ACADEMY);
        assertThat(vm.reasonProperty().get()).as("the LEO reason goes with the LEO track").isNull();
        vm.pick(ReasonCodes.load().get(0));
        assertThat(vm.reasonProperty().get()).isNull();
        vm.reasonProperty().set(ReasonCodes.load().get(0)); // set from code, around the list
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void theSuggestedReasonIsPreselectedButCountsOnlyOnceConfirmed() throws Exception {
        DecisionViewModel vm = open(Samples.compliance());
        vm.trackProperty().set(Track.ACADEMY);
        assertThat(vm.suggestedProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
        assertThat(vm.reasonProperty().get()).isNull();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.pick(vm.suggestedProperty().get());
        assertThat(vm.canSaveProperty().get()).isTrue();

        DecisionViewModel deputy = open(Samples.deputy());
        deputy.trackProperty().set(Track.LEO);
        assertThat(deputy.suggestedProperty().get().code()).isEqualTo("LE_EXPERIENCE_VERIFIED");
        deputy.trackProperty().set(Track.ACADEMY);
        assertThat(deputy.suggestedProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
    }

    @Test
    void numberKeysAndTypeAheadFindTheOfferedReasons() throws Exception {
        DecisionViewModel vm = open(Samples.compliance());
        assertThat(vm.pick(1)).as("no track, nothing offered").isFalse();
        vm.trackProperty().set(Track.ACADEMY);
        assertThat(vm.pick(7)).isFalse();
        assertThat(vm.pick(2)).isTrue();
        assertThat(vm.reasonProperty().get().code()).isEqualTo("ASPIRATION_ONLY");
        assertThat(vm.find("civ").code()).isEqualTo("CIVILIAN_ROLE_ONLY");
        assertThat(vm.find("officer is").code()).isEqualTo("NON_LE_OFFICER_TITLE");
        assertThat(vm.find("the r")).extracting(ReasonCode::code).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(vm.find("badge")).isNull();
    }
}
