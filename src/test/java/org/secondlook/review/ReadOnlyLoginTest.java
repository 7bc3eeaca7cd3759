package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Role;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.cases.StatusReport;

/**
 * The command line's read-only login (decision record 0013): {@code status} is answered on plain JDBC
 * without starting Hibernate, with the same figures, and any other service still works on that session.
 */
class ReadOnlyLoginTest {
    @TempDir
    Path dir;

    @Test
    void statusOnAReadOnlyLoginNeverStartsHibernateAndCountsWhatWasImported() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        List<ApplicantRecord> rows = Fixtures.applicants(40, 7);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows);
        }
        try (ReviewSession s = ws.loginToRead(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            StatusReport r = s.status();
            assertThat(((LocalReviewSession) s).database().hibernateStarted()).as("Hibernate started").isFalse();
            assertThat(r.cases()).isEqualTo(40);
            assertThat(r.byState()).containsExactly(Map.entry("NEW", 40L));
            assertThat(r.byLabel()).containsExactlyEntriesOf(counts(rows, x -> x.classifierLabel().name()));
            assertThat(r.byOffice()).as("in the database's order, no office first")
                    .containsExactlyEntriesOf(counts(rows, x -> x.fieldOffice() == null ? "" : x.fieldOffice()));
            assertThat(r.lastImports()).singleElement().satisfies(i -> {
                assertThat(i.fileName()).isEqualTo("batch.csv");
                assertThat(i.importedBy()).isEqualTo(Fixtures.ADMIN);
                assertThat(i.added()).isEqualTo(40);
                assertThat(i.finishedAt()).isAfterOrEqualTo(i.startedAt());
            });
            assertThat(r.accounts()).containsExactly(new StatusReport.Account(Fixtures.ADMIN, java.util.EnumSet.of(Role.ADMIN), true));
            assertThat(s.officeName()).isEqualTo("ERO Test Office");

            // a service that needs Hibernate starts it there and then
            assertThat(s.cases().load(rows.get(0).applicantId()).summary().applicantId()).isEqualTo(rows.get(0).applicantId());
            assertThat(((LocalReviewSession) s).database().hibernateStarted()).isTrue();
        }
    }

    @Test
    void aLoginWithoutFailuresToFoldLeavesTheKeySlotFileAsItWas() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        Path slots = dir.resolve("keyslots.json");
        Object before = Files.readAttributes(slots, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String text = Files.readString(slots);
        try (ReviewSession s = ws.loginToRead(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(s.userName()).isEqualTo(Fixtures.ADMIN);
        }
        assertThat(Files.readString(slots)).isEqualTo(text);
        if (before != null) { // the same file, not a rewritten copy moved over it
            assertThat(Files.readAttributes(slots, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .isEqualTo(before);
        }
    }

    @Test
    void aReadOnlyLoginLeavesTheFreshlyImportedFileForTheNextWriterToCompact() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, Fixtures.applicants(600, 11));
        }
        Path file = dir.resolve("secondlook.mv.db");
        long imported = Files.size(file);
        for (int i = 0; i < 2; i++) {
            try (ReviewSession s = ws.loginToRead(Fixtures.ADMIN, Fixtures.PASSWORD)) {
                assertThat(s.status().cases()).isEqualTo(600);
            }
            assertThat(Files.size(file)).as("the file after read-only run %d", i + 1).isEqualTo(imported);
        }
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(s.status().cases()).isEqualTo(600);
        }
        assertThat(Files.size(file)).as("a writer's close still compacts what the import left").isNotEqualTo(imported);
    }

    @Test
    void aReadOnlyLoginWorksBesideAWriterThatHasTheFileOpen() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        try (ReviewSession writer = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(writer, Fixtures.applicants(30, 5));
            try (ReviewSession reader = ws.loginToRead(Fixtures.ADMIN, Fixtures.PASSWORD)) {
                assertThat(reader.status().cases()).isEqualTo(30);
            }
            assertThat(writer.status().cases()).as("the writer goes on").isEqualTo(30);
        }
    }

    private static Map<String, Long> counts(List<ApplicantRecord> rows, java.util.function.Function<ApplicantRecord, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
