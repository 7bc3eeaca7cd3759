package org.secondlook.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.OriginalPages;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.fake.FakeCases;
import org.secondlook.ui.fake.Samples;

/** The case view model shows the pages of a PDF résumé's original, only while that tab is on screen. */
class CaseViewModelOriginalTest {
    /** Fake queries whose PDF cases have two PNG pages (drawn by ImageIO), recording each request. */
    private static final class CasesWithPdfs extends FakeCases {
        final List<String> pageRequests = new CopyOnWriteArrayList<>();
        final List<byte[]> pngs = List.of(png(), png());

        @Override
        public OriginalPages originalPages(String applicantId, int resumeVersionNo) {
            pageRequests.add(applicantId + "#" + resumeVersionNo);
            CaseDetail d = load(applicantId, resumeVersionNo);
            return "PDF".equals(d.resumeSourceType()) ? new OriginalPages(pngs, 7) : OriginalPages.NONE;
        }

        private static byte[] png() {
            try {
                var image = new java.awt.image.BufferedImage(20, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final CasesWithPdfs cases = new CasesWithPdfs();
    private final CaseViewModel vm = new CaseViewModel(cases, new CurrentThreadTaskExecutor(),
            Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));

    private static CaseDetail asPdf(CaseDetail d) {
        return new CaseDetail(d.summary(), d.email(), d.phone(), d.employmentStatus(), d.hireDate(), d.resumeVersionNo(),
                d.resumeVersions(), d.resumeText(), d.summary().applicantId() + ".pdf", "PDF", d.classifierScore(),
                d.classifierModel(), d.toolEvidence(), d.findings(), d.lockVersion());
    }

    @Test
    void aPdfResumeShowsItsPagesOnceTheOriginalTabIsShown() {
        cases.add(asPdf(Samples.deputy()));
        vm.open("A-1001");
        assertThat(cases.pageRequests).as("nothing is rendered while the tab is hidden").isEmpty();
        assertThat(vm.originalPages()).isEmpty();

        vm.originalShownProperty().set(true);
        assertThat(cases.pageRequests).containsExactly("A-1001#1");
        assertThat(vm.originalPages()).containsExactlyElementsOf(cases.pngs);
        assertThat(vm.originalLoadingProperty().get()).isFalse();
        assertThat(vm.originalMessageProperty().get()).startsWith("The first 2 of 7 pages of the PDF as it came");

        vm.originalShownProperty().set(false);
        vm.originalShownProperty().set(true);
        assertThat(cases.pageRequests).as("the same case and version are not rendered twice").hasSize(1);
    }

    @Test
    void aTextResumeSaysItHasNoPdfAndAskForNoPages() {
        cases.add(asPdf(Samples.deputy()));
        cases.add(Samples.compliance());
        vm.originalShownProperty().set(true);
        vm.open("A-1001");
        assertThat(vm.originalPages()).hasSize(2);

        vm.open("A-1002");
        assertThat(vm.originalPages()).as("the previous case's pages are gone").isEmpty();
        assertThat(vm.originalMessageProperty().get()).isEqualTo(
                "This r\u00e9sum\u00e9 did not come as a PDF file; its text is shown on the left.");
        assertThat(cases.pageRequests).containsExactly("A-1001#1");
    }

    @Test
    void anEarlierVersionShowsItsOwnPages() {
        CaseDetail v1 = asPdf(Samples.deputy());
        cases.add(v1);
        cases.add(new CaseDetail(v1.summary(), v1.email(), v1.phone(), v1.employmentStatus(), v1.hireDate(), 2,
                List.of(1, 2), "UPDATED " + v1.resumeText(), "A-1001.txt", "TXT", 0.9, "m", List.of(), List.of(), 2));
        vm.originalShownProperty().set(true);
        vm.open("A-1001");
        assertThat(vm.originalPages()).isEmpty();
        vm.shownVersionProperty().set(1);
        assertThat(vm.originalPages()).hasSize(2);
        assertThat(cases.pageRequests).containsExactly("A-1001#1");
    }

    @Test
    void noCaseNoPages() {
        vm.originalShownProperty().set(true);
        vm.open(null);
        assertThat(vm.originalPages()).isEmpty();
        assertThat(vm.originalMessageProperty().get()).isEqualTo("No case selected");
    }
}
