package org.secondlook.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.secondlook.domain.EvidenceSpan;

/** A real encrypted database for the store tests, and batch rows to import into it. Invented people only. */
final class StoreFixture {
    static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private StoreFixture() {
    }

    /** A new encrypted database in {@code dir} under a random file key. */
    static Database newDatabase(Path dir) {
        return Database.create(new DataDirectory(dir), FileKey.random(new SecureRandom()));
    }

    /** One case as an import writes it: no findings or evidence unless given. */
    static IncomingCase row(int rowNumber, String applicantId, String name, String office, String label,
                            String verdict, double risk, String text) {
        return row(rowNumber, applicantId, name, office, label, verdict, risk, text, List.of(), List.of());
    }

    static IncomingCase row(int rowNumber, String applicantId, String name, String office, String label,
                            String verdict, double risk, String text, List<EvidenceSpan> evidence,
                            List<IncomingCase.FindingValue> findings) {
        return new IncomingCase(rowNumber, applicantId, name, null, null, office, "SELECTED", null, null, label, 0.8,
                "screener-1", evidence, text, "batch.csv", "TEXT", sha256(text), verdict, null, risk, findings, null);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports {@code rows} in one chunk; the search index's segment is written only when {@code finish}. */
    static void importRows(Database db, List<IncomingCase> rows, boolean finish) {
        ImportWriter writer = new ImportWriter(db);
        writer.write(rows, "ada", T0);
        if (finish) {
            writer.finish();
        }
    }

    /** Runs SQL on the database's own connection, in a transaction. */
    static void sql(Database db, String statement) {
        db.inTransaction(s -> s.createNativeMutationQuery(statement).executeUpdate());
    }

    static long count(Database db, String query) {
        return db.fromTransaction(s -> s.createNativeQuery(query, Long.class).getSingleResult());
    }

    /** The applicant ids of the given applicant row ids, as the store holds them. */
    static List<String> applicantIds(Connection c, java.util.BitSet rowIds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id, applicant_id from applicant order by applicant_id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                if (rowIds.get(Math.toIntExact(r.getLong(1)))) {
                    out.add(r.getString(2));
                }
            }
        }
        return out;
    }
}
