package org.secondlook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.DecisionViewModel;
import org.secondlook.ui.decision.ReasonCodes;
import org.secondlook.ui.fake.FakeWorkstation;
import org.secondlook.ui.fake.Samples;
import org.secondlook.ui.queue.QueueRow;
import org.secondlook.ui.queue.QueueViewModel;

/**
 * Blind first, wired as the review screen wires it: until the reviewer has chosen a track, no view
 * model property anywhere on the screen holds the tool's label, the analyzer's verdict, a finding's
 * category or explanation, months, risk or score; once a track is chosen they are all back.
 */
class BlindFirstTest {
    /** Anything that gives the answer away, in codes or in words, for the compliance officer sample. */
    private static final List<Pattern> ANSWERS = List.of(Pattern.compile("\\bLEO\\b"), Pattern.compile("NON_LEO"),
            Pattern.compile("Not LEO"), Pattern.compile("\\bNOT_LE\\b"), Pattern.compile("\\bLE\\b"),
            Pattern.compile("Not law enforcement"), Pattern.compile("Law enforcement"), Pattern.compile("Needs a person"),
            Pattern.compile("NON_LE_OFFICER_TITLE"), Pattern.compile("ASPIRATION"), Pattern.compile("TOOL_EVIDENCE"),
            Pattern.compile("Officer title outside"), Pattern.compile("Wants to become"), Pattern.compile("works for a bank"),
            Pattern.compile("is not service"), Pattern.compile("screening tool matched"), Pattern.compile("hl-(?!other)"),
            Pattern.compile("risk=0\\.97"), Pattern.compile("keyword-v1"), Pattern.compile("Overrides"),
            Pattern.compile("Confirms"));

    private final FakeWorkstation ws = new FakeWorkstation().withUser("rivera", "pw-rivera-123456", Role.REVIEWER);

    @Test
    void blindFirstExposesNoLabelOrVerdictThroughAnyViewModelPropertyUntilATrackIsChosen() throws Exception {
        ws.cases.add(Samples.compliance());
        ReviewSession s = ws.login("rivera", "pw-rivera-123456".toCharArray());
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        QueueViewModel queue = new QueueViewModel(s.cases(), ex);
        CaseViewModel caseVm = new CaseViewModel(s.cases(), ex, Clock.systemUTC());
        DecisionViewModel decision = new DecisionViewModel(s, ex, ReasonCodes.load());
        MainWindow.wire(queue, caseVm, decision);
        decision.blindFirstProperty().set(true);
        queue.refresh();
        queue.selectedIndexProperty().set(0);
        caseVm.nextFinding();
        assertThat(caseVm.detail().resumeText()).contains("Compliance Officer");
        assertThat(caseVm.spans()).as("the mentions stay marked").isNotEmpty();

        assertThat(exposed(queue, caseVm, decision)).as("while blind").isEmpty();

        decision.trackProperty().set(Track.ACADEMY);
        assertThat(decision.toolLabelProperty().get()).isEqualTo("LEO");
        assertThat(decision.verdictProperty().get()).isEqualTo("Not law enforcement");
        assertThat(caseVm.detail().summary().verdict()).isEqualTo(org.secondlook.domain.Verdict.NOT_LE);
        assertThat(caseVm.spans()).extracting(org.secondlook.review.cases.Span::kind).contains("NON_LE_OFFICER_TITLE");
        assertThat(decision.suggestedProperty().get().code()).isEqualTo("NON_LE_OFFICER_TITLE");
        assertThat(exposed(queue, caseVm, decision)).as("after choosing, the case is shown as it is").isNotEmpty();
    }

    @Test
    void turningBlindFirstOffShowsTheQueueAgain() throws Exception {
        ws.cases.add(Samples.compliance());
        QueueViewModel queue = new QueueViewModel(ws.login("rivera", "pw-rivera-123456".toCharArray()).cases(),
                new CurrentThreadTaskExecutor());
        queue.labelProperty().set(org.secondlook.domain.ClassifierLabel.LEO);
        queue.blindFirstProperty().set(true);
        assertThat(queue.labelProperty().get()).as("a label filter would give the answer away").isNull();
        assertThat(queue.rows().get(0).summary().classifierLabel()).isNull();
        queue.blindFirstProperty().set(false);
        assertThat(queue.rows().get(0).summary().classifierLabel()).isEqualTo(org.secondlook.domain.ClassifierLabel.LEO);
    }

    /** Every answer-giving text found in the values of the view models' observable properties and lists. */
    private static List<String> exposed(Object... viewModels) throws Exception {
        List<String> found = new ArrayList<>();
        for (Object vm : viewModels) {
            for (Method m : vm.getClass().getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                        || !Observable.class.isAssignableFrom(m.getReturnType())) {
                    continue;
                }
                Object value = m.invoke(vm);
                String text = text(value instanceof ObservableValue<?> v ? v.getValue() : value);
                for (Pattern p : ANSWERS) {
                    if (p.matcher(text).find()) {
                        found.add(vm.getClass().getSimpleName() + "." + m.getName() + " shows " + p);
                    }
                }
            }
        }
        return found;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                sb.append(o instanceof QueueRow r ? String.valueOf(r.summary()) : String.valueOf(o)).append('\n');
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
