package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.cases.Span;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;

class BatchImportTest {
    @TempDir
    Path dir;

    @Test
    void importsEveryRowOnceAndAReimportChangesNothing() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(30, 7);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ImportReport first = Fixtures.importRecords(s, rows);
            assertThat(first.countsLine()).isEqualTo("30 new, 0 updated, 0 unchanged, 0 rejected");
            ImportReport again = Fixtures.importRecords(s, rows);
            assertThat(again.countsLine()).isEqualTo("0 new, 0 updated, 30 unchanged, 0 rejected");
            assertThat(again.nothingChanged()).isTrue();
            assertThat(s.cases().stats().total()).isEqualTo(30);
            AuditCheck audit = ((LocalReviewSession) s).auditTrail();
            assertThat(audit.ok()).isTrue();
            // INITIALIZE + USER_ADD, one event per new applicant, one IMPORT summary per import
            assertThat(audit.events()).isEqualTo(2 + 30 + 2);
            assertThat(s.status().lastImports()).hasSize(2);
        }
    }

    @Test
    void aChangedResumeAddsAVersionAndKeepsTheEarlierOne() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(5, 11);
        ApplicantRecord r = rows.get(2);
        String newText = r.resumeText() + "\nPolice Officer, Springfield Police Department, 2010 - 2018\n";
        ApplicantRecord changed = new ApplicantRecord(r.rowNumber(), r.applicantId(), r.fullName(), r.email(), r.phone(),
                r.fieldOffice(), r.status(), r.hireDate(), newText, "cv.txt", "TXT", r.classifierLabel(),
                r.classifierScore(), List.of(new org.secondlook.domain.EvidenceSpan(newText.lastIndexOf("Officer"),
                newText.lastIndexOf("Officer") + 7, "officer")), r.classifierModel(), r.extras(), r.notes());
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
            List<ApplicantRecord> second = new ArrayList<>(rows);
            second.set(2, changed);
            ImportReport report = Fixtures.importRecords(s, second);
            assertThat(report.countsLine()).isEqualTo("0 new, 1 updated, 4 unchanged, 0 rejected");
            assertThat(report.nothingChanged()).isFalse();

            CaseDetail now = s.cases().load(r.applicantId());
            assertThat(now.resumeVersionNo()).isEqualTo(2);
            assertThat(now.resumeVersions()).containsExactly(1, 2);
            assertThat(now.resumeText()).isEqualTo(newText);
            assertThat(now.resumeSourceFile()).isEqualTo("cv.txt");
            assertThat(now.toolEvidence()).singleElement().satisfies(span -> {
                assertThat(span.kind()).isEqualTo(Span.TOOL_EVIDENCE);
                assertThat(span.text()).isEqualTo("Officer");
                assertThat(span.start()).isEqualTo(newText.lastIndexOf("Officer"));
            });
            CaseDetail before = s.cases().load(r.applicantId(), 1);
            assertThat(before.resumeText()).isEqualTo(r.resumeText());
            assertThat(s.cases().stats().total()).isEqualTo(5);
        }
    }

    @Test
    void theQueueFiltersSortsAndSearchesInTheDatabase() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(60, 3);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
            QueuePage all = s.cases().queue(QueueQuery.all(0, 25));
            assertThat(all.total()).isEqualTo(60);
            assertThat(all.rows()).hasSize(25);
            assertThat(all.rows()).allSatisfy(c -> assertThat(c.state()).isEqualTo(ReviewState.NEW));

            String office = rows.get(0).fieldOffice();
            long inOffice = rows.stream().filter(r -> r.fieldOffice().equals(office)).count();
            QueuePage byOffice = s.cases().queue(new QueueQuery(null, Set.of(ReviewState.NEW), office, null, null, null,
                    null, null, QueueQuery.SortKey.APPLICANT_ID, true, 0, 100));
            assertThat(byOffice.total()).isEqualTo((int) inOffice);
            assertThat(byOffice.rows()).extracting(CaseSummary::applicantId).isSorted();

            String lastName = rows.get(5).fullName().split(" ")[1].toLowerCase();
            QueuePage byName = s.cases().queue(new QueueQuery(lastName, null, null, null, null, null, null, null,
                    QueueQuery.SortKey.NAME, true, 0, 100));
            assertThat(byName.rows()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.fullName().toLowerCase()).contains(lastName));

            QueuePage byId = s.cases().queue(new QueueQuery(rows.get(7).applicantId(), null, null, null, null, null,
                    null, null, null, false, 0, 10));
            assertThat(byId.rows()).extracting(CaseSummary::applicantId).containsExactly(rows.get(7).applicantId());

            QueuePage byText = s.cases().queue(new QueueQuery("ICE officer", null, null, null, null, null, null, null,
                    null, false, 0, 100));
            // Every word, anywhere in the résumé: "ice" as a word, and a word beginning "officer".
            java.util.regex.Pattern ice = java.util.regex.Pattern.compile("\\bice\\b");
            java.util.regex.Pattern officer = java.util.regex.Pattern.compile("\\bofficer");
            long withWords = rows.stream().map(r -> (r.applicantId() + " " + r.fullName() + " " + r.resumeText()).toLowerCase())
                    .filter(t -> ice.matcher(t).find() && officer.matcher(t).find()).count();
            assertThat(byText.total()).isEqualTo((int) withWords).isPositive();

            QueuePage leo = s.cases().queue(new QueueQuery(null, null, null, org.secondlook.domain.ClassifierLabel.LEO, null, null, null, null, null,
                    false, 0, 100));
            assertThat(leo.rows()).allSatisfy(c -> assertThat(c.classifierLabel()).isEqualTo(org.secondlook.domain.ClassifierLabel.LEO));
        }
    }

    @Test
    void aReviewerMayNotImport() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (LocalReviewSession admin = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            admin.accounts().add("rita", EnumSet.of(Role.REVIEWER), "reads every resume twice".toCharArray());
            admin.accounts().add("sam", EnumSet.of(Role.SUPERVISOR), "a long supervisor phrase here".toCharArray());
            DatabaseBatchImport asReviewer = admin.importsAs("rita");
            assertThatThrownBy(() -> asReviewer.importRows("batch.csv", (h, p) -> { }, ImportProgress.NONE))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessage("Importing a batch needs the admin or supervisor role.");
            DatabaseBatchImport asSupervisor = admin.importsAs("sam");
            assertThat(asSupervisor.importRows("batch.csv", (h, p) -> { }, ImportProgress.NONE).countsLine())
                    .isEqualTo("0 new, 0 updated, 0 unchanged, 0 rejected");
        }
    }

    @Test
    void rejectedRowsAreReportedWhileTheGoodRowsImport() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(4, 5);
        ApplicantRecord r = rows.get(1);
        ApplicantRecord tooLong = new ApplicantRecord(r.rowNumber(), "X".repeat(200), r.fullName(), r.email(), r.phone(),
                r.fieldOffice(), r.status(), r.hireDate(), r.resumeText(), null, "TEXT", r.classifierLabel(),
                r.classifierScore(), r.evidence(), r.classifierModel(), r.extras(), r.notes());
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            ImportReport report = ((DatabaseBatchImport) s.imports()).importRows("batch.csv", (handler, p) -> {
                handler.accepted(rows.get(0));
                handler.accepted(tooLong);
                handler.rejected(new RowRejection(4, "A9", "the label 'MAYBE' is not LEO or NON_LEO"));
                handler.accepted(rows.get(2));
            }, ImportProgress.NONE);
            assertThat(report.countsLine()).isEqualTo("2 new, 0 updated, 0 unchanged, 2 rejected");
            assertThat(report.rejections()).extracting(RowRejection::rowNumber).containsExactly(3, 4);
        }
    }

    @Test
    void noFileUnderTheDataDirectoryHoldsANameAnEmailOrResumeText() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(200, 13);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
            s.cases().queue(new QueueQuery("officer", null, null, null, null, null, null, null, null, false, 0, 50));
            assertNoPlainText(rows);   // while the database is open
        }
        assertNoPlainText(rows);       // and after it is closed
    }

    private void assertNoPlainText(List<ApplicantRecord> rows) throws IOException {
        ApplicantRecord r = rows.get(17);
        List<String> needles = List.of(r.fullName(), r.email(), "Dependable professional with experience",
                r.applicantId() + "", "Criminal Justice, State University");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String needle : needles) {
                assertThat(raw).as("%s must not hold %s", f.getFileName(), needle)
                        .doesNotContain(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(needle.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
            }
        }
    }

    static BatchReader unusedReader() {
        return new BatchReader();
    }

    static Analyzer analyzer() {
        return Analyzer.withDefaultPolicy();
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
