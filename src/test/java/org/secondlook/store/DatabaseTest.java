package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Role;
import org.secondlook.domain.User;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsAnEncryptedDatabaseWhoseMappingsValidateAndReopensOnlyWithItsKey() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        FileKey key = FileKey.random(new SecureRandom());
        try (Database db = Database.create(data, key)) {
            db.inTransaction(s -> s.persist(new User("ada", Set.of(Role.ADMIN), Instant.now())));
        }
        assertThat(data.databaseFile()).exists();
        try (Database db = Database.open(data, key)) {
            long users = db.fromTransaction(s -> s.createSelectionQuery("select count(u) from User u", Long.class)
                    .getSingleResult());
            assertThat(users).isEqualTo(1);
        }
        assertThatThrownBy(() -> Database.open(data, FileKey.random(new SecureRandom())))
                .isInstanceOf(WrongKeyException.class);
    }

    @Test
    void auditChainVerifiesAndCatchesAnEditedEvent() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        FileKey key = FileKey.random(new SecureRandom());
        try (Database db = Database.create(data, key)) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                db.inTransaction(s -> AuditChain.append(s, Instant.now(), "ada", "TEST", "A" + n, "details " + n));
            }
            AuditVerifier.Result ok = new AuditVerifier(db).verify();
            assertThat(ok.ok()).isTrue();
            assertThat(ok.events()).isEqualTo(3);
            db.inTransaction(s -> s.createNativeMutationQuery("UPDATE audit_event SET details = 'x' WHERE seq = 2")
                    .executeUpdate());
            AuditVerifier.Result broken = new AuditVerifier(db).verify();
            assertThat(broken.ok()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(2);
        }
    }

    /**
     * Every index is written on each roster move (and rewritten whole when H2 updates a training record), so a
     * column the training tables index twice slows every import: each indexed column set appears once.
     */
    @Test
    void theTrainingTablesIndexNoColumnTwice() throws Exception {
        try (FileKey key = FileKey.random(new SecureRandom()); Database db = Database.create(new DataDirectory(dir), key)) {
            java.util.List<String> indexed = db.jdbc(c -> {
                java.util.Map<String, StringBuilder> columns = new java.util.TreeMap<>();
                try (var rs = c.createStatement().executeQuery("select table_name, index_name, column_name"
                        + " from information_schema.index_columns where table_schema = 'PUBLIC'"
                        + " and table_name like 'REMEDIATION%' order by table_name, index_name, ordinal_position")) {
                    while (rs.next()) {
                        columns.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new StringBuilder())
                                .append(',').append(rs.getString(3));
                    }
                }
                return columns.entrySet().stream().map(e -> e.getKey().substring(0, e.getKey().indexOf('.')) + "("
                        + e.getValue().substring(1) + ")").toList();
            });
            assertThat(indexed).contains("REMEDIATION_MOVE(RECORD_ID)", "REMEDIATION_EVIDENCE(RECORD_ID)",
                    "REMEDIATION_RECORD(APPLICANT_REF)", "REMEDIATION_RECORD(APPLICANT_ID)", "REMEDIATION_PROGRESS(RECORD_ID)",
                    "REMEDIATION_PROGRESS(STATE)").doesNotHaveDuplicates();
        }
    }
}
