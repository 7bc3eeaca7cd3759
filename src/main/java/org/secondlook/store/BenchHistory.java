package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * For benchmarks only, on a throw-away database: gives the imported cases a review history in bulk —
 * decisions, approvals and returns — as plain batched inserts, without audit events (the services would
 * take an hour for 200,000 cases; the figures only need the rows). Deterministic for a seed.
 * Of the cases, about {@value #DECIDED_PERCENT} % are decided; of those about 70 % are signed off and
 * 5 % returned; the track follows the analyzer's verdict most of the time.
 */
public final class BenchHistory {
    static final int DECIDED_PERCENT = 65;
    private static final int CHUNK = 2_000;
    private static final String[] REVIEWERS = {"reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5", "reviewer6"};
    private static final String[] SUPERVISORS = {"supervisor1", "supervisor2"};

    /** What was written. */
    public record Filled(long decisions, long approved, long returned) {
    }

    private record Row(long id, OffsetDateTime importedAt, String verdict) {
    }

    private final Database database;

    public BenchHistory(Database database) {
        this.database = database;
    }

    public Filled fill(long seed) {
        List<Row> rows = database.fromTransaction(s -> s.doReturningWork(BenchHistory::cases));
        long[] counts = new long[3];
        long[] nextId = {database.fromTransaction(s -> Vendor.nextValue(s, "decision_seq"))};
        long[] nextSignOff = {database.fromTransaction(s -> Vendor.nextValue(s, "sign_off_seq"))};
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            database.inTransaction(s -> s.doWork(c -> write(c, chunk, seed, nextId, nextSignOff, counts)));
        }
        database.inTransaction(s -> s.doWork(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE decision_seq RESTART WITH " + nextId[0]);
                st.execute("ALTER SEQUENCE sign_off_seq RESTART WITH " + nextSignOff[0]);
            }
        }));
        return new Filled(counts[0], counts[1], counts[2]);
    }

    private static List<Row> cases(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id, imported_at, verdict from applicant order by id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(new Row(r.getLong(1), r.getObject(2, OffsetDateTime.class), r.getString(3)));
            }
        }
        return out;
    }

    private static void write(Connection c, List<Row> chunk, long seed, long[] nextId, long[] nextSignOff, long[] counts)
            throws SQLException {
        try (PreparedStatement decision = c.prepareStatement("insert into decision (id, applicant_id, resume_version_no,"
                + " track, reason_code, note, decided_by, decided_at, supersedes_id, active, previous_state)"
                + " values (?, ?, 1, ?, ?, null, ?, ?, null, true, 'NEW')");
             PreparedStatement signOff = c.prepareStatement("insert into sign_off (id, decision_id, outcome, comment_text,"
                     + " signed_by, signed_at, decided_by) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement applicant = c.prepareStatement("update applicant set state = ?, decided_by = ?,"
                     + " decided_at = ?, track_in_force = ?, in_force_at = ?, signed_off_at = ?, version = version + 1 where id = ?")) {
            for (Row row : chunk) {
                long h = mix(seed ^ row.id() * 0x9E3779B97F4A7C15L);
                if (Math.floorMod(h, 100) >= DECIDED_PERCENT) {
                    continue;
                }
                String track = track(row.verdict(), Math.floorMod(h >>> 8, 100));
                String reviewer = REVIEWERS[(int) Math.floorMod(h >>> 16, REVIEWERS.length)];
                OffsetDateTime decidedAt = row.importedAt().plusMinutes(30 + Math.floorMod(h >>> 20, 200 * 60))
                        .withOffsetSameInstant(ZoneOffset.UTC);
                long id = nextId[0]++;
                decision.setLong(1, id);
                decision.setLong(2, row.id());
                decision.setString(3, track);
                decision.setString(4, "LEO".equals(track) ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE");
                decision.setString(5, reviewer);
                decision.setObject(6, decidedAt);
                decision.addBatch();
                counts[0]++;
                int fate = (int) Math.floorMod(h >>> 32, 100);
                String state = "DECIDED";
                OffsetDateTime signedAt = null;
                if (fate < 75) {
                    String outcome = fate < 70 ? "APPROVED" : "RETURNED";
                    state = fate < 70 ? "SIGNED_OFF" : "RETURNED";
                    signOff.setLong(1, nextSignOff[0]++);
                    signOff.setLong(2, id);
                    signOff.setString(3, outcome);
                    signOff.setString(4, fate < 70 ? null : "look again");
                    signOff.setString(5, SUPERVISORS[(int) Math.floorMod(h >>> 40, SUPERVISORS.length)]);
                    signedAt = decidedAt.plusMinutes(10 + Math.floorMod(h >>> 44, 72 * 60));
                    signOff.setObject(6, signedAt);
                    signOff.setString(7, reviewer);
                    signOff.addBatch();
                    counts[fate < 70 ? 1 : 2]++;
                }
                applicant.setString(1, state);
                applicant.setString(2, reviewer);
                applicant.setObject(3, decidedAt);
                applicant.setString(4, track);
                applicant.setObject(5, decidedAt);
                applicant.setObject(6, "SIGNED_OFF".equals(state) ? signedAt : null);
                applicant.setLong(7, row.id());
                applicant.addBatch();
            }
            decision.executeBatch();
            signOff.executeBatch();
            applicant.executeBatch();
        }
    }

    private static String track(String verdict, int p) {
        if ("LE".equals(verdict)) {
            return p < 90 ? "LEO" : "ACADEMY";
        }
        if ("NOT_LE".equals(verdict)) {
            return p < 95 ? "ACADEMY" : "LEO";
        }
        return p < 50 ? "LEO" : "ACADEMY";
    }

    /**
     * Writes one row of each table the figures read without changing it, so that the next computation cannot
     * reuse a result the database cached for the same query on unchanged tables (a benchmark must time the work).
     */
    public void touch() {
        database.inTransaction(s -> s.doWork(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("update applicant set updated_at = updated_at where id = (select min(id) from applicant)");
                st.executeUpdate("update decision set note = note where id = (select min(id) from decision)");
                st.executeUpdate("update sign_off set comment_text = comment_text where id = (select min(id) from sign_off)");
            }
        }));
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
