package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade stopped half-way on the encrypted file (H2 commits each DDL statement on its own, so a kill -9
 * inside a migration leaves part of it done) loses nothing: the next start puts the file back as it was
 * before the upgrade and runs the upgrade again. The stop is reproduced as the state it leaves on disk: the
 * first statements of V95 (a training record's progress moved to its own table) applied, the rest not.
 */
class PreUpgradeCopyTest {
    @TempDir
    Path dir;

    private DataDirectory data;
    private FileKey key;

    @BeforeEach
    void anOfficeDatabaseFromBeforeV95WithATrainingRecord() throws SQLException {
        data = new DataDirectory(dir);
        key = FileKey.random(new SecureRandom());
        try (H2Pool pool = pool()) {
            flyway(pool).target("90").load().migrate();
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("insert into applicant (id, version, applicant_id, full_name, field_office, employment_status,"
                        + " state, classifier_label, risk, current_version, imported_at, updated_at) values (7, 0, 'A7',"
                        + " 'Old Person', 'North', 'SELECTED', 'SIGNED_OFF', 'LEO', 0.5, 1, timestamp '2026-01-01 10:00:00',"
                        + " timestamp '2026-01-01 10:00:00')");
                st.execute("insert into decision (id, applicant_id, resume_version_no, track, reason_code, decided_by,"
                        + " decided_at, active) values (8, 7, 1, 'ACADEMY', 'NON_LE_OFFICER_TITLE', 'rob',"
                        + " timestamp '2026-01-01 10:00:00', true)");
                st.execute("insert into remediation_record (id, version, applicant_ref, applicant_id, decision_id, action,"
                        + " state, attempt, office, could_take_leo, class_number, report_date, class_start, class_end,"
                        + " evidence_id, evidence_by, waiver_text, created_at, state_since) values (9, 4, 7, 'A7', 8,"
                        + " 'ENROL', 'IN_TRAINING', 2, 'North', false, 'BA-7', date '2026-02-01', date '2026-02-02',"
                        + " date '2026-03-01', null, null, 'kept', timestamp '2026-01-01 10:00:00',"
                        + " timestamp '2026-02-02 08:00:00')");
            }
        }
    }

    @Test
    void anUpgradeStoppedHalfWayIsPutBackAndRunAgainAtTheNextStart() throws Exception {
        try (H2Pool pool = pool()) {
            H2Pool same = new PreUpgradeCopy(data).beforeMigrating(pool, () -> {
                throw new AssertionError("nothing to put back yet");
            });
            assertThat(same).isSameAs(pool);
            stopHalfWayThroughV95(pool);
        }
        assertThat(dir.resolve(PreUpgradeCopy.NAME)).exists();

        try (Database db = Database.open(data, key, Database.onDemand())) {
            String progress = db.fromTransaction(s -> s.createNativeQuery("select p.state || ' ' || p.attempt || ' '"
                    + " || p.class_number || ' ' || r.waiver_text from remediation_record r join remediation_progress p"
                    + " on p.record_id = r.id where r.id = 9", String.class).getSingleResult());
            assertThat(progress).isEqualTo("IN_TRAINING 2 BA-7 kept");
        }
        assertThat(dir.resolve(PreUpgradeCopy.NAME)).doesNotExist();
        assertThat(dir.resolve(PreUpgradeCopy.NAME + ".part")).doesNotExist();
    }

    @Test
    void aFileStillOpenElsewhereIsNotPutBackUnderTheOneUpgradingIt() throws Exception {
        try (H2Pool pool = pool()) {
            new PreUpgradeCopy(data).beforeMigrating(pool, () -> pool);
            stopHalfWayThroughV95(pool);
        }
        try (H2Pool upgrading = pool(); Connection stillOpen = upgrading.getConnection()) {
            assertThatThrownBy(() -> Database.open(data, key, Database.onDemand()).close())
                    .isInstanceOf(StoreException.class).hasMessageContaining("another window or command");
            try (Statement st = stillOpen.createStatement()) { // still the half-way state, not put back under it
                st.executeQuery("select count(*) from remediation_progress").close();
            }
        }
        assertThat(dir.resolve(PreUpgradeCopy.NAME)).exists();
        try (Database db = Database.open(data, key, Database.onDemand())) {
            assertThat(StoreFixture.count(db, "select count(*) from remediation_progress")).isEqualTo(1L);
        }
    }

    @Test
    void withoutTheCopyTheSameStopLeavesADatabaseThatNoLongerOpens() throws Exception {
        try (H2Pool pool = pool()) {
            stopHalfWayThroughV95(pool);
        }
        assertThatThrownBy(() -> Database.open(data, key, Database.onDemand()).close())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anUpgradeThatFinishesLeavesNoCopyAndTheCopyIsAsEncryptedAsTheFile() throws Exception {
        try (H2Pool pool = pool()) {
            new PreUpgradeCopy(data).beforeMigrating(pool, () -> pool);
        }
        byte[] copy = Files.readAllBytes(dir.resolve(PreUpgradeCopy.NAME));
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Old Person").doesNotContain("BA-7");

        try (Database db = Database.open(data, key, Database.onDemand())) {
            assertThat(StoreFixture.count(db, "select count(*) from remediation_progress")).isEqualTo(1L);
        }
        assertThat(dir.resolve(PreUpgradeCopy.NAME)).doesNotExist();
    }

    /** The state a kill -9 inside V95 leaves: its first statements applied, its last five not. */
    private static void stopHalfWayThroughV95(H2Pool pool) throws SQLException, IOException {
        List<String> statements = v95Statements();
        assertThat(statements.size()).isGreaterThan(6);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements.subList(0, statements.size() - 5)) {
                st.execute(sql);
            }
        }
    }

    private static List<String> v95Statements() throws IOException {
        try (InputStream in = PreUpgradeCopyTest.class.getResourceAsStream(
                "/" + MigrationScripts.ROOT + "/V95__remediation_progress.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private H2Pool pool() {
        return H2Pool.open(Database.url(data, false), Database.H2_USER, new String(key.h2Password()));
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(H2Pool pool) {
        return Flyway.configure().dataSource(pool).locations("classpath:" + MigrationScripts.ROOT)
                .resourceProvider(MigrationScripts.of(Vendor.H2).orElseThrow()).placeholders(Vendor.H2.placeholders());
    }
}
