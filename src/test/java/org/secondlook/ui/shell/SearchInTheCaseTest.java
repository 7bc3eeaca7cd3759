package org.secondlook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.Role;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.casefile.SearchMatches;
import org.secondlook.ui.casefile.StyleRun;
import org.secondlook.ui.decision.DecisionViewModel;
import org.secondlook.ui.decision.ReasonCodes;
import org.secondlook.ui.fake.FakeWorkstation;
import org.secondlook.ui.fake.Samples;
import org.secondlook.ui.queue.QueueViewModel;

/**
 * The review screen as wired: the queue's search words are marked in the résumé on screen (not added to
 * the findings), and a case the search leaves out of the results is cleared with a sentence, not left
 * on screen as if it were still a result.
 */
class SearchInTheCaseTest {
    private final FakeWorkstation ws = new FakeWorkstation().withUser("rivera", "pw-rivera-123456", Role.REVIEWER);
    private final CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
    private QueueViewModel queue;
    private CaseViewModel caseVm;

    private void openScreen() throws Exception {
        ws.cases.add(Samples.compliance());
        ws.cases.add(Samples.deputy());
        ReviewSession s = ws.login("rivera", "pw-rivera-123456".toCharArray());
        queue = new QueueViewModel(s.cases(), ex);
        caseVm = new CaseViewModel(s.cases(), ex, Clock.systemUTC());
        MainWindow.wire(queue, caseVm, new DecisionViewModel(s, ex, ReasonCodes.load()));
        queue.refresh();
    }

    private String marked() {
        String text = caseVm.detail().resumeText();
        StringBuilder out = new StringBuilder();
        for (StyleRun r : caseVm.openedProperty().get().runs()) {
            if (r.styleClasses().contains("hl-search-match")) {
                out.append('[').append(text, r.start(), r.end()).append(']');
            }
        }
        return out.toString();
    }

    @Test
    void theSearchWordsAreMarkedInTheResumeButAreNotFindings() throws Exception {
        openScreen();
        queue.searchProperty().set("bank");
        queue.selectedIndexProperty().set(0);
        assertThat(caseVm.detail().summary().applicantId()).isEqualTo("A-1002");
        assertThat(marked()).isEqualTo("[Bank]");
        assertThat(caseVm.spans()).extracting(Span::kind).doesNotContain(SearchMatches.KIND);
        int findings = caseVm.spans().size();

        queue.searchProperty().set("harbor bank"); // the case stays a result; the marks follow the words
        assertThat(caseVm.detail().summary().applicantId()).isEqualTo("A-1002");
        assertThat(marked()).isEqualTo("[Harbor][Bank]");
        assertThat(caseVm.spans()).hasSize(findings);

        queue.searchProperty().set("");
        assertThat(marked()).isEmpty();
    }

    @Test
    void aCaseTheSearchLeavesOutIsClearedWithASentence() throws Exception {
        openScreen();
        queue.selectedIndexProperty().set(queue.rows().stream().map(r -> r.summary().applicantId()).toList().indexOf("A-1002"));
        assertThat(caseVm.detail().summary().applicantId()).isEqualTo("A-1002");

        queue.searchProperty().set("Whitfield");
        assertThat(queue.rows()).hasSize(1);
        assertThat(caseVm.detail()).as("the case that left the results").isNull();
        assertThat(caseVm.noticeProperty().get()).contains("A-1002").contains("not in the results");

        queue.selectedIndexProperty().set(0);
        assertThat(caseVm.detail().summary().applicantId()).isEqualTo("A-1001");
        assertThat(caseVm.noticeProperty().get()).isEmpty();
    }
}
