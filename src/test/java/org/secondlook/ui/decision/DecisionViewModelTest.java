package org.secondlook.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeWorkstation;
import org.secondlook.ui.fake.Samples;

class DecisionViewModelTest {
    private final FakeWorkstation ws = new FakeWorkstation()
            .withUser("rivera", "pw-rivera-123456", Role.REVIEWER)
            .withUser("admin", "pw-admin-1234567", Role.ADMIN);
    private final List<String> moved = new ArrayList<>();

    private FakeWorkstation.Session login(String user) throws Exception {
        return (FakeWorkstation.Session) ws.login(user, ("pw-" + user + (user.equals("admin") ? "-1234567" : "-123456")).toCharArray());
    }

    private DecisionViewModel vm(FakeWorkstation.Session s) {
        DecisionViewModel vm = new DecisionViewModel(s, new CurrentThreadTaskExecutor(), ReasonCodes.load());
        vm.setListener((id, next) -> moved.add(id));
        return vm;
    }

    @Test
    void saveNeedsATrackAndAReasonThenRecordsItWithTheLockVersion() throws Exception {
        ws.cases.add(Samples.compliance());
        FakeWorkstation.Session s = login("rivera");
        DecisionViewModel vm = vm(s);
        vm.setCase(ws.cases.load("A-1002"));
        vm.saveAndNext();
        assertThat(vm.messageProperty().get()).isEqualTo("Choose a track first (Ctrl+1 or Ctrl+2).");
        vm.trackProperty().set(Track.ACADEMY);
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.reasonProperty().set(vm.reasons().get(1));
        vm.noteProperty().set("  Bank compliance, no sworn service. ");
        vm.saveAndNext();

        assertThat(s.decisions.calls).singleElement().isEqualTo(new org.secondlook.ui.fake.FakeDecisions.Call(
                "A-1002", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "Bank compliance, no sworn service.", 1));
        assertThat(ws.cases.load("A-1002").summary().state()).isEqualTo(ReviewState.DECIDED);
        assertThat(moved).containsExactly("A-1002");
        assertThat(vm.agreementProperty().get()).isEqualTo("Overrides the screening tool: LEO program \u2192 Basic academy. Give the reason below.");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved: A-1002 \u2192 Basic academy.");
    }

    @Test
    void aSaveOverSomeoneElsesNewerDecisionIsRefusedAndKeepsTheInputs() throws Exception {
        ws.cases.add(Samples.compliance());
        DecisionViewModel vm = vm(login("rivera"));
        vm.setCase(ws.cases.load("A-1002"));
        ws.cases.setState("A-1002", ReviewState.DECIDED, "pat"); // someone else, meanwhile
        vm.trackProperty().set(Track.ACADEMY);
        vm.reasonProperty().set(vm.reasons().get(1));
        vm.noteProperty().set("my note");
        vm.saveAndNext();

        assertThat(vm.conflictProperty().get()).contains("someone else changed this case first")
                .contains("Pat Supervisor decided LEO program");
        assertThat(vm.trackProperty().get()).isEqualTo(Track.ACADEMY);
        assertThat(vm.reasonProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
        assertThat(vm.noteProperty().get()).isEqualTo("my note");
        assertThat(moved).isEmpty();
    }

    @Test
    void blindFirstHidesLabelAndVerdictUntilATrackIsChosen() throws Exception {
        ws.cases.add(Samples.compliance());
        DecisionViewModel vm = vm(login("rivera"));
        vm.setCase(ws.cases.load("A-1002"));
        assertThat(vm.evidenceRevealedProperty().get()).isTrue();
        assertThat(vm.toolLabelProperty().get()).isEqualTo("LEO");
        assertThat(vm.verdictProperty().get()).isEqualTo("Not law enforcement");
        vm.blindFirstProperty().set(true);
        assertThat(vm.evidenceRevealedProperty().get()).isFalse();
        vm.trackProperty().set(Track.LEO);
        assertThat(vm.evidenceRevealedProperty().get()).isTrue();
    }

    @Test
    void anAdministratorMayViewButNotDecide() throws Exception {
        ws.cases.add(Samples.compliance());
        DecisionViewModel vm = vm(login("admin"));
        vm.setCase(ws.cases.load("A-1002"));
        assertThat(vm.mayDecideProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Your account may view cases but not decide them.");
    }

    @Test
    void undoAndReferGoThroughTheService() throws Exception {
        ws.cases.add(Samples.compliance());
        ws.cases.add(Samples.deputy());
        FakeWorkstation.Session s = login("rivera");
        DecisionViewModel vm = vm(s);
        vm.undoLast();
        assertThat(vm.messageProperty().get()).isEqualTo("There is no decision of yours left to undo.");
        vm.setCase(ws.cases.load("A-1002"));
        vm.trackProperty().set(Track.ACADEMY);
        vm.reasonProperty().set(vm.reasons().get(1));
        vm.saveAndNext();
        vm.undoLast();
        assertThat(ws.cases.load("A-1002").summary().state()).isEqualTo(ReviewState.NEW);
        vm.setCase(ws.cases.load("A-1001"));
        vm.noteProperty().set("Deputy dates unclear");
        vm.refer();
        assertThat(ws.cases.load("A-1001").summary().state()).isEqualTo(ReviewState.REFERRED);
    }

    @Test
    void aReturnedCaseShowsTheDecisionAndTheSupervisorsComment() throws Exception {
        ws.cases.add(Samples.compliance());
        FakeWorkstation.Session s = login("rivera");
        DecisionViewModel vm = vm(s);
        vm.setCase(ws.cases.load("A-1002"));
        assertThat(vm.previousProperty().get()).isEmpty();
        vm.trackProperty().set(Track.ACADEMY);
        vm.reasonProperty().set(vm.reasons().get(1));
        vm.noteProperty().set("bank job");
        vm.saveAndNext();
        s.decisions.returnComment = "Check the 2019 role again.";
        vm.setCase(ws.cases.load("A-1002"));
        assertThat(vm.previousProperty().get()).isEqualTo("Decided by rivera: Basic academy \u2014 "
                + "\"Officer\" is a job title outside law enforcement (compliance, loan, security, and so on) \u201cbank job\u201d.\n"
                + "Returned by a supervisor: Check the 2019 role again.");
    }

    @Test
    void aRefusedDecisionKeepsThePanelOpenAndSaysWhy() throws Exception {
        // Every session has a decision service; whether it may decide is the account's, asked at each call.
        ws.cases.add(Samples.compliance());
        FakeWorkstation.Session s = login("rivera");
        s.decisions.refuseWith = new org.secondlook.review.PermissionDeniedException(
                org.secondlook.review.AccessCheck.DISABLED);
        DecisionViewModel vm = new DecisionViewModel(s, new CurrentThreadTaskExecutor(), ReasonCodes.load());
        vm.setCase(ws.cases.load("A-1002"));
        vm.trackProperty().set(Track.LEO);
        vm.reasonProperty().set(vm.reasons().get(0));
        vm.saveAndNext();
        assertThat(vm.messageProperty().get()).isEqualTo(org.secondlook.review.AccessCheck.DISABLED);
        assertThat(vm.trackProperty().get()).isEqualTo(Track.LEO);
        assertThat(s.decisions.calls).isEmpty();
    }

    @Test
    void reasonCodesComeFromTheSharedFileInItsOrder() {
        assertThat(ReasonCodes.load()).extracting(ReasonCode::code).containsExactly("LE_EXPERIENCE_VERIFIED",
                "NON_LE_OFFICER_TITLE", "ASPIRATION_ONLY", "POLICY_DEPENDENT_ROLE", "INSUFFICIENT_INFORMATION",
                "THIRD_PARTY_ONLY", "CIVILIAN_ROLE_ONLY");
        assertThat(ReasonCodes.load().get(0).label()).isEqualTo("Sworn law-enforcement service confirmed in the r\u00e9sum\u00e9");
    }
}
