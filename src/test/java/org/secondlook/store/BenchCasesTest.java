package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.ReviewState;

/**
 * The benchmark's bulk cases ({@link BenchCases}) are whole cases like their originals, and the next open case's
 * page without a count ({@link QueueRows}, {@link CaseStore#rows}) is the same page the counted queue shows.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class BenchCasesTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private static List<IncomingCase> originals(int from, int count) {
        List<IncomingCase> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String text = "Deputy sheriff, county patrol " + i + ". Security guard at a mall.";
            rows.add(row(i, String.format("B%03d", i), "Person " + i, i % 2 == 0 ? "ERO Denver" : "ERO Miami", "LEO", "LE",
                    (i * 37 % 11) / 10.0, text, List.of(new EvidenceSpan(0, 14, "deputy sheriff")),
                    List.of(new IncomingCase.FindingValue(0, 14, "LE_EXPERIENCE", "A sworn role."),
                            new IncomingCase.FindingValue(37, 51, "NON_LE_SECURITY", "Not sworn."))));
        }
        return rows;
    }

    @Test
    void copiesAreWholeCasesUnderNewIdsAndLaterImportsStillFit() {
        try (Database db = store.newDatabase(dir)) {
            StoreFixture.importRows(db, originals(1, 7), true);
            assertThat(new BenchCases(db).multiply(25)).isEqualTo(25);
            assertThat(StoreFixture.count(db, "select count(*) from applicant")).isEqualTo(25);
            assertThat(StoreFixture.count(db, "select count(distinct applicant_id) from applicant")).isEqualTo(25);
            assertThat(StoreFixture.count(db, "select count(*) from resume_version")).isEqualTo(25);
            assertThat(StoreFixture.count(db, "select count(*) from finding")).isEqualTo(50);
            assertThat(StoreFixture.count(db, "select count(*) from evidence_span")).isEqualTo(25);

            CaseStore cases = new CaseStore(db);
            CaseStore.CaseVersion original = cases.load("B002", null).orElseThrow();
            CaseStore.CaseVersion copy = cases.load("B002-c2", null).orElseThrow();
            assertThat(copy.applicant().getId()).isNotEqualTo(original.applicant().getId());
            assertThat(copy.version().getText()).isEqualTo(original.version().getText());
            assertThat(copy.applicant().getRisk()).isEqualTo(original.applicant().getRisk());
            assertThat(copy.findings()).extracting(f -> f.getCategory()).containsExactly("LE_EXPERIENCE", "NON_LE_SECURITY");
            assertThat(copy.flag().getEvidence()).extracting(e -> e.getTerm()).containsExactly("deputy sheriff");
            assertThat(StoreFixture.count(db, "select count(*) from applicant where applicant_id like '%-c3'"))
                    .as("the last copy is partial: 25 = 7 + 2 x 7 + 4").isEqualTo(4);
            assertThat(StoreFixture.count(db, "select count(*) from resume_version v join applicant a on a.id = v.applicant_id"
                    + " where a.applicant_id like '%-c3'")).isEqualTo(4);

            // the sequences were moved past the copies: an import after them draws ids that are free
            StoreFixture.importRows(db, originals(100, 3), true);
            assertThat(StoreFixture.count(db, "select count(*) from applicant")).isEqualTo(28);
            assertThat(new BenchCases(db).multiply(20)).as("as many as wanted already: nothing copied").isEqualTo(28);
        }
    }

    @Test
    void theNextOpenCasesPageIsTheCountedQueuesPage() {
        try (Database db = store.newDatabase(dir)) {
            StoreFixture.importRows(db, originals(1, 9), true);
            new BenchCases(db).multiply(60);
            StoreFixture.sql(db, "update applicant set state = 'DECIDED', decided_by = 'rita' where mod(id, 3) = 0");
            CaseStore cases = new CaseStore(db);
            long someRow = StoreFixture.count(db, "select min(id) from applicant where state = 'NEW'");
            for (Set<Long> withheld : List.of(Set.<Long>of(), Set.of(someRow))) {
                for (int offset : new int[] {0, 1, 7, 30, 39, 45}) {
                    for (String office : new String[] {null, "ERO Denver"}) {
                        QueueQuery q = new QueueQuery(null, Set.of(ReviewState.NEW), office, null, null, null, null, null,
                                QueueQuery.SortKey.RISK, false, offset, 4);
                        assertThat(cases.rows(q, ZoneOffset.UTC, withheld))
                                .as("offset %d, office %s, withheld %s", offset, office, withheld)
                                .extracting(a -> a.getApplicantId())
                                .containsExactlyElementsOf(cases.queue(q, ZoneOffset.UTC, withheld).rows().stream()
                                        .map(a -> a.getApplicantId()).toList());
                    }
                }
            }
            QueueQuery newOnes = new QueueQuery(null, Set.of(ReviewState.NEW), null, null, null, null, null, null,
                    QueueQuery.SortKey.RISK, false, 0, 100);
            long open = StoreFixture.count(db, "select count(*) from applicant where state = 'NEW'");
            assertThat(open).isBetween(30L, 50L);
            assertThat(cases.rows(newOnes, ZoneOffset.UTC, Set.of())).hasSize((int) open)
                    .allSatisfy(a -> assertThat(a.getState()).isEqualTo(ReviewState.NEW));
        }
    }
}
