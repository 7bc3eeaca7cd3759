package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.EvidenceSpan;

/**
 * On PostgreSQL an import that outgrows the case tables tells the planner at once (issue 17): opening a case then
 * reads its flag's evidence from the index, where the planner left without figures scanned every case's evidence.
 * A small import leaves the figures to autovacuum; on H2 there is nothing to do.
 */
@ExtendWith(PostgresServer.class)
class PlannerStatisticsTest {
    /** The query Hibernate sends to open a case's flag with its evidence (CaseStore#load). */
    private static final String FLAG_WITH_EVIDENCE = "explain select f.id, e.position, e.term from screening_flag f"
            + " left join evidence_span e on f.id = e.flag_id where f.resume_version_id = ?";

    @TempDir
    Path dir;

    @Test
    void anImportThatOutgrowsTheCaseTablesLetsACaseBeOpenedFromTheIndex() {
        try (Database db = StoreKind.POSTGRESQL.newDatabase(dir)) {
            ImportWriter writer = new ImportWriter(db);
            for (int chunk = 0; chunk < 6; chunk++) {
                writer.write(rows(chunk * 500, 500), "ada", StoreFixture.T0);
            }
            writer.finish();
            String before = plan(db);

            writer.refreshStatistics();

            assertThat(analyzed(db, "screening_flag")).isTrue();
            assertThat(analyzed(db, "evidence_span")).isTrue();
            assertThat(plan(db)).as("planned before the refresh:%n%s", before)
                    .doesNotContain("Seq Scan on evidence_span").contains("evidence_span_pkey");
        }
    }

    @Test
    void aSmallImportLeavesTheFiguresToAutovacuum() {
        try (Database db = StoreKind.POSTGRESQL.newDatabase(dir)) {
            StoreFixture.importRows(db, rows(0, 3_000), true);
            ImportWriter writer = new ImportWriter(db);
            writer.write(rows(3_000, 200), "ada", StoreFixture.T0);
            writer.refreshStatistics();
            assertThat(analyzed(db, "screening_flag")).isFalse();
        }
    }

    @Test
    void theRuleIsATenthOfTheTableAndAtLeastAThousandRows() {
        assertThat(PlannerStatistics.outgrown(0, 999)).isFalse();
        assertThat(PlannerStatistics.outgrown(0, 1_000)).isTrue();
        assertThat(PlannerStatistics.outgrown(100_000, 9_999)).isFalse();
        assertThat(PlannerStatistics.outgrown(100_000, 10_000)).isTrue();
    }

    @Test
    void onTheEncryptedFileThereIsNothingToDo() {
        try (Database db = StoreKind.H2.newDatabase(dir)) {
            StoreFixture.importRows(db, rows(0, 10), true);
            PlannerStatistics.refresh(db, PlannerStatistics.CASE_TABLES);
            assertThat(StoreFixture.count(db, "select count(*) from applicant")).isEqualTo(10);
        }
    }

    private static boolean analyzed(Database db, String table) {
        return db.jdbc(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select last_analyze is not null from pg_stat_user_tables where relname = ?")) {
                q.setString(1, table);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() && r.getBoolean(1);
                }
            }
        });
    }

    private static String plan(Database db) {
        return db.jdbc(c -> {
            long version;
            try (PreparedStatement q = c.prepareStatement("select max(resume_version_id) from screening_flag");
                 ResultSet r = q.executeQuery()) {
                r.next();
                version = r.getLong(1);
            }
            StringBuilder out = new StringBuilder();
            try (PreparedStatement q = c.prepareStatement(FLAG_WITH_EVIDENCE)) {
                q.setLong(1, version);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.append(r.getString(1)).append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    private static List<IncomingCase> rows(int first, int n) {
        List<IncomingCase> out = new ArrayList<>(n);
        for (int i = first; i < first + n; i++) {
            String text = "Deputy sheriff, county patrol " + i + ". Security guard at a mall.";
            out.add(StoreFixture.row(i + 1, String.format("P%06d", i), "Person " + i, "Office " + (i % 7), "LEO", "LE",
                    (i * 37 % 101) / 100.0, text, List.of(new EvidenceSpan(0, 14, "deputy sheriff"),
                            new EvidenceSpan(16, 29, "county patrol")), List.of()));
        }
        return out;
    }
}
