package org.secondlook.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeCases;
import org.secondlook.ui.fake.Samples;

class CaseViewModelTest {
    private final FakeCases cases = new FakeCases();
    private final CaseViewModel vm = new CaseViewModel(cases, new CurrentThreadTaskExecutor(),
            Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void openingACaseGivesSpansInTextOrderAndTheirStyleRuns() {
        cases.add(Samples.compliance());
        vm.open("A-1002");
        OpenedCase c = vm.openedProperty().get();
        assertThat(vm.spans()).extracting(Span::text)
                .containsExactly("Compliance Officer", "Officer", "I hope to become an ICE officer", "officer");
        int officer = Samples.COMPLIANCE_TEXT.indexOf("Officer");
        assertThat(c.runs()).contains(new StyleRun(officer, officer + 7, List.of("hl-tool-evidence", "hl-non-le-officer-title")));
        assertThat(c.runs().get(c.runs().size() - 1).end()).isEqualTo(Samples.COMPLIANCE_TEXT.length());
    }

    @Test
    void nextAndPreviousFindingWrapAround() {
        cases.add(Samples.deputy());
        vm.open("A-1001");
        assertThat(vm.currentSpanProperty().get()).isEqualTo(-1);
        vm.nextFinding();
        assertThat(vm.spans().get(vm.currentSpanProperty().get()).text()).isEqualTo("Deputy Sheriff");
        vm.nextFinding();
        vm.nextFinding();
        assertThat(vm.spans().get(vm.currentSpanProperty().get()).text()).isEqualTo("Officer");
        vm.nextFinding();
        assertThat(vm.currentSpanProperty().get()).isZero();
        vm.previousFinding();
        assertThat(vm.currentSpanProperty().get()).isEqualTo(2);
    }

    @Test
    void hoverExplanationNamesEveryCategoryUnderTheCharacter() {
        cases.add(Samples.deputy());
        vm.open("A-1001");
        int at = Samples.DEPUTY_TEXT.indexOf("Officer") + 2;
        assertThat(vm.explanationAt(at)).isEqualTo(
                "Officer title outside law enforcement: Loss prevention is private security, not law enforcement.\n"
                        + "Screening tool's match: The screening tool matched \"officer\".");
        assertThat(vm.explanationAt(0)).isEmpty();
    }

    @Test
    void timelineReadsTheDatesBesideEmploymentFindings() {
        cases.add(Samples.deputy());
        vm.open("A-1001");
        assertThat(vm.timeline()).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("Deputy Sheriff");
            assertThat(e.from()).isEqualTo(YearMonth.of(2012, 3));
            assertThat(e.to()).isEqualTo(YearMonth.of(2018, 6));
            assertThat(e.months()).isEqualTo(76);
            assertThat(e.qualifying()).isTrue();
        });
        assertThat(vm.qualifyingMonthsText()).isEqualTo("Qualifying service counted by the analyzer: 75 months");
    }

    @Test
    void earlierVersionsCanBeShown() {
        CaseDetail v1 = Samples.deputy();
        cases.add(v1);
        CaseDetail v2 = new CaseDetail(v1.summary(), v1.email(), v1.phone(), v1.employmentStatus(), v1.hireDate(), 2,
                List.of(1, 2), "UPDATED " + v1.resumeText(), v1.resumeSourceFile(), "TXT", 0.9, "m", List.of(), List.of(), 2);
        cases.add(v2);
        vm.open("A-1001");
        assertThat(vm.versions()).containsExactly(1, 2);
        assertThat(vm.detail().resumeText()).startsWith("UPDATED");
        vm.shownVersionProperty().set(1);
        assertThat(vm.detail().resumeVersionNo()).isEqualTo(1);
        assertThat(vm.detail().resumeText()).startsWith("DANA");
    }
}
