package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For benchmarks only, on a throw-away database: multiplies the cases a real import wrote into as many as a
 * benchmark needs, in bulk ({@code INSERT … SELECT}, one copy of the imported cases per transaction). Each copy
 * keeps its original's row contents (risk, state, résumé text, the tool's evidence, the findings) under new row
 * ids and an applicant id ending in {@code -c}<i>k</i>. Importing 100,000 cases through the analyzer would take
 * the benchmark's setup minutes on a loaded machine; the copies take seconds. The copies are not in the word
 * index (nothing searches them), and no audit event is written for them, as for any row a migration writes.
 */
public final class BenchCases {
    /** The tables a case's rows live in, parents first, and each one's columns that point at a copied row. */
    private static final List<String> TABLES = PlannerStatistics.CASE_TABLES;
    /** The tables whose ids come from a sequence ({@code <table>_seq}), in the order of the shifts. */
    private static final String[] SEQUENCED = {"applicant", "resume_version", "screening_flag", "finding"};

    private final Database database;

    public BenchCases(Database database) {
        this.database = database;
    }

    /**
     * Copies the cases there are until there are {@code wanted} (nothing when there are as many already).
     *
     * @return the number of cases now
     */
    public long multiply(long wanted) {
        long have = database.jdbc(c -> count(c, "select count(*) from applicant"));
        if (have == 0 || wanted <= have) {
            return have;
        }
        long originals = have;
        // Each copy's ids lie past the highest id and past the sequence's next value: an open session may hold a
        // block of ids below that value, never above it. Copy k of table t shifts ids by base[t] + (k - 1) x span[t].
        long[] span = new long[SEQUENCED.length];
        long[] base = new long[SEQUENCED.length];
        database.jdbc(c -> {
            for (int t = 0; t < SEQUENCED.length; t++) {
                span[t] = count(c, "select coalesce(max(id), 0) from " + SEQUENCED[t]);
                base[t] = Math.max(span[t], count(c, Vendor.of(c).nextValue(SEQUENCED[t] + "_seq")));
            }
            return null;
        });
        for (int k = 1; have < wanted; k++) {
            long take = Math.min(originals, wanted - have);
            long[] shift = new long[SEQUENCED.length];
            for (int t = 0; t < SEQUENCED.length; t++) {
                shift[t] = base[t] + (k - 1) * span[t];
            }
            int copy = k;
            database.jdbc(c -> {
                long lastApplicant = take == originals ? span[0] : count(c, "select max(id) from (select id from applicant"
                        + " where id <= " + span[0] + " order by id limit " + take + ") t");
                for (String table : TABLES) {
                    copy(c, table, copy, shift, lastApplicant);
                }
                return null;
            });
            have += take;
        }
        database.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                for (String table : SEQUENCED) {
                    // Past every copy, and on a block boundary of the sequences' 50 (ids are drawn in blocks).
                    long next = (count(c, "select coalesce(max(id), 0) from " + table) / 50 + 2) * 50 + 1;
                    st.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + next);
                }
            }
            return null;
        });
        // What an import of as many cases does at its end (ImportWriter#refreshStatistics).
        PlannerStatistics.refresh(database, TABLES);
        return have;
    }

    /**
     * One copy ({@code k}, its ids shifted by {@code shift}) of {@code table}'s rows that belong to the original
     * cases up to {@code lastApplicant}.
     */
    private static void copy(Connection c, String table, int k, long[] shift, long lastApplicant) throws SQLException {
        String applicantShift = " + " + shift[0];
        String versionShift = " + " + shift[1];
        String flagShift = " + " + shift[2];
        Map<String, String> shifted = switch (table) {
            case "applicant" -> Map.of("id", "t.id" + applicantShift, "applicant_id", "t.applicant_id || '-c" + k + "'");
            case "resume_version" -> Map.of("id", "t.id" + versionShift, "applicant_id", "t.applicant_id" + applicantShift);
            case "resume_original" -> Map.of("resume_version_id", "t.resume_version_id" + versionShift);
            case "screening_flag" -> Map.of("id", "t.id" + flagShift, "resume_version_id", "t.resume_version_id" + versionShift);
            case "evidence_span" -> Map.of("flag_id", "t.flag_id" + flagShift);
            case "finding" -> Map.of("id", "t.id + " + shift[3], "resume_version_id", "t.resume_version_id" + versionShift);
            default -> throw new IllegalArgumentException(table);
        };
        // Joins to the originals' versions, not IN (subquery): H2 would run the subquery again for every row.
        String version = " join resume_version v on v.id = ";
        String originals = switch (table) {
            case "applicant" -> " where t.id <= " + lastApplicant;
            case "resume_version" -> " where t.applicant_id <= " + lastApplicant;
            case "evidence_span" -> " join screening_flag f on f.id = t.flag_id" + version + "f.resume_version_id"
                    + " where v.applicant_id <= " + lastApplicant;
            default -> version + "t.resume_version_id where v.applicant_id <= " + lastApplicant;
        };
        List<String> columns = columns(c, table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(shifted.getOrDefault(column.toLowerCase(Locale.ROOT), "t." + column));
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select "
                    + String.join(", ", values) + " from " + table + " t" + originals);
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select * from " + table + " where 1 = 0");
             ResultSet r = q.executeQuery()) {
            ResultSetMetaData m = r.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                out.add(m.getColumnName(i));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
