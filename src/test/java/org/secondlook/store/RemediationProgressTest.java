package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;

/**
 * A training record's progress lives in its narrow row (migration V95, issue 15): a change made by someone else in
 * between is still caught, whichever part of the record changed, and a database made before V95 keeps every record's
 * progress when it migrates, on H2 and on PostgreSQL.
 */
@ExtendWith(PostgresServer.class)
class RemediationProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final long FIRST = 10_000_001L;

    @TempDir
    Path dir;

    @Test
    void aMoveOverAChangeMadeInBetweenIsRefused() {
        try (Database db = StoreFixture.newDatabase(dir)) {
            RemediationSeed.seed(db, 2, "bench", T0);
            assertThatThrownBy(() -> moveOver(db, s -> s.find(RemediationRecord.class, FIRST)
                    .moveTo(RemediationState.NOTIFIED, T0.plusSeconds(60))))
                    .isInstanceOfAny(OptimisticLockException.class, StaleStateException.class);
            // a waiver request changes only the wide row, and still counts as a change
            assertThatThrownBy(() -> moveOver(db, s -> s.find(RemediationRecord.class, FIRST)
                    .requestWaiver(WaiverReason.values()[0], "why", "authority", "sam", T0.plusSeconds(60))))
                    .isInstanceOfAny(OptimisticLockException.class, StaleStateException.class);
            RemediationRecord r = db.fromTransaction(s -> s.find(RemediationRecord.class, FIRST));
            assertThat(r.getState()).isEqualTo(RemediationState.NOTIFIED);
            assertThat(r.getVersion()).isEqualTo(2);
            assertThat(r.getWaiverRequestedBy()).isEqualTo("sam");
        }
    }

    /** Reads the first record, lets {@code other} change it and commit, then moves the copy read before. */
    private static void moveOver(Database db, java.util.function.Consumer<Session> other) {
        try (Session mine = db.sessionFactory().openSession()) {
            mine.beginTransaction();
            RemediationRecord stale = mine.find(RemediationRecord.class, FIRST);
            RemediationState next = stale.getState() == RemediationState.IDENTIFIED ? RemediationState.NOTIFIED
                    : RemediationState.SCHEDULED;
            db.inTransaction(other);
            stale.moveTo(next, T0.plusSeconds(120));
            try {
                mine.getTransaction().commit();
            } finally {
                if (mine.getTransaction().isActive()) {
                    mine.getTransaction().rollback();
                }
            }
        }
    }

    @Test
    void anH2DatabaseMadeBeforeTheProgressTableKeepsEveryRecordsProgress() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:" + dir.resolve("old").toAbsolutePath());
        migratesKeepingProgress(h2, Vendor.H2);
    }

    @Test
    void aPostgresqlDatabaseMadeBeforeTheProgressTableKeepsEveryRecordsProgress() throws Exception {
        PostgresServer.Db db = PostgresServer.database();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.url());
        pg.setPassword(new String(db.password()));
        migratesKeepingProgress(pg, Vendor.POSTGRESQL);
    }

    private static void migratesKeepingProgress(DataSource ds, Vendor vendor) throws SQLException {
        flyway(ds, vendor, "90").migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into applicant (id, version, applicant_id, full_name, field_office, employment_status, state,"
                    + " classifier_label, risk, current_version, imported_at, updated_at)"
                    + " values (7, 0, 'A7', 'Old Person', 'North', 'SELECTED', 'SIGNED_OFF', 'LEO', 0.5, 1,"
                    + " timestamp '2026-01-01 10:00:00', timestamp '2026-01-01 10:00:00')");
            st.execute("insert into decision (id, applicant_id, resume_version_no, track, reason_code, decided_by,"
                    + " decided_at, active) values (8, 7, 1, 'ACADEMY', 'NON_LE_OFFICER_TITLE', 'rob',"
                    + " timestamp '2026-01-01 10:00:00', true)");
            st.execute("insert into remediation_record (id, version, applicant_ref, applicant_id, decision_id, action,"
                    + " state, attempt, office, could_take_leo, class_number, report_date, class_start, class_end,"
                    + " evidence_id, evidence_by, waiver_text, created_at, state_since) values (9, 4, 7, 'A7', 8, 'ENROL',"
                    + " 'IN_TRAINING', 2, 'North', false, 'BA-7', date '2026-02-01', date '2026-02-02', date '2026-03-01',"
                    + " null, null, 'kept', timestamp '2026-01-01 10:00:00', timestamp '2026-02-02 08:00:00')");
        }
        flyway(ds, vendor, null).migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThat(row(st, "select p.version, p.state, p.attempt, p.class_number, p.report_date, p.class_start,"
                    + " p.class_end, p.evidence_id, r.office, r.waiver_text from remediation_record r"
                    + " join remediation_progress p on p.record_id = r.id where r.id = 9"))
                    .containsExactly("4", "IN_TRAINING", "2", "BA-7", "2026-02-01", "2026-02-02", "2026-03-01", null,
                            "North", "kept");
            try (ResultSet rs = c.getMetaData().getColumns(null, null, vendor == Vendor.H2 ? "REMEDIATION_RECORD"
                    : "remediation_record", null)) {
                List<String> columns = new ArrayList<>();
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(columns).contains("office", "waiver_text").doesNotContain("state", "version", "state_since");
            }
        }
    }

    private static Flyway flyway(DataSource ds, Vendor vendor, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:" + MigrationScripts.ROOT)
                .resourceProvider(MigrationScripts.of(vendor).orElseThrow()).placeholders(vendor.placeholders());
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private static List<String> row(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getString(i));
            }
            return out;
        }
    }
}
