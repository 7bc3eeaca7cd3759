package org.secondlook.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.signoff.Office;

/** The audit screen's model on a real store: filters by user, event, case and text; the chain check; who may see it. */
class AuditViewModelTest {
    @TempDir
    Path dir;

    @Test
    void filtersTheEventsAndChecksTheChain() throws Exception {
        Office office = new Office(dir, 2);
        try (ReviewSession rita = office.login("rita", Office.RITA); ReviewSession sam = office.login("sam", Office.SAM)) {
            rita.decisions().decide("S-2", Track.ACADEMY, "THIRD_PARTY_ONLY", "her father was an officer",
                    rita.cases().load("S-2").lockVersion());
            assertThat(AuditViewModel.availableTo(rita)).isFalse();
            assertThat(AuditViewModel.availableTo(sam)).isTrue();
            AuditViewModel vm = new AuditViewModel(sam, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone());
            vm.refresh();
            assertThat(vm.events()).extracting(AuditTrail.Entry::type).contains("INITIALIZE", "USER_ADD", "DECIDE");
            assertThat(vm.types()).contains("DECIDE", "USER_ADD");
            vm.actorProperty().set("rita");
            vm.refresh();
            assertThat(vm.events()).extracting(AuditTrail.Entry::type).containsExactly("DECIDE");
            vm.actorProperty().set("");
            vm.typeProperty().set("USER_ADD");
            vm.refresh();
            assertThat(vm.events()).hasSize(4).allSatisfy(e -> assertThat(e.actor()).isEqualTo("ada"));
            vm.typeProperty().set("");
            vm.textProperty().set("FATHER");
            vm.refresh();
            assertThat(vm.events()).singleElement().extracting(AuditTrail.Entry::subject).isEqualTo("S-2");
            vm.fromProperty().set(LocalDate.now().plusDays(1));
            vm.refresh();
            assertThat(vm.events()).isEmpty();
            vm.clearFilters();
            assertThat(vm.events()).hasSizeGreaterThan(5);
            vm.verify();
            assertThat(vm.chainOkProperty().get()).isTrue();
            assertThat(vm.chainProperty().get()).startsWith("Chain intact");
        }
    }
}
