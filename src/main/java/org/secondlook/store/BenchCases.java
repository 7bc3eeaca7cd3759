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
    private static final List<String> TABLES = List.of("applicant", "resume_version", "resume_original",
            "screening_flag", "evidence_span", "finding");

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
        long[] seed = database.jdbc(c -> new long[] {
                count(c, "select count(*) from applicant"), count(c, "select coalesce(max(id), 0) from applicant"),
                count(c, "select coalesce(max(id), 0) from resume_version"),
                count(c, "select coalesce(max(id), 0) from screening_flag"),
                count(c, "select coalesce(max(id), 0) from finding")});
        long have = seed[0];
        if (have == 0 || wanted <= have) {
            return have;
        }
        long[] stride = {seed[1], seed[2], seed[3], seed[4]};
        for (int k = 1; have < wanted; k++) {
            long take = Math.min(seed[0], wanted - have);
            int copy = k;
            database.jdbc(c -> {
                long lastApplicant = take == seed[0] ? stride[0] : count(c, "select max(id) from (select id from applicant"
                        + " where id <= " + stride[0] + " order by id limit " + take + ") t");
                for (String table : TABLES) {
                    copy(c, table, copy, stride, lastApplicant);
                }
                return null;
            });
            have += take;
        }
        database.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                String[] sequences = {"applicant_seq", "resume_version_seq", "screening_flag_seq", "finding_seq"};
                String[] tables = {"applicant", "resume_version", "screening_flag", "finding"};
                for (int i = 0; i < sequences.length; i++) {
                    // Past every copy, and on a block boundary of the sequences' 50 (ids are drawn in blocks).
                    long next = (count(c, "select coalesce(max(id), 0) from " + tables[i]) / 50 + 2) * 50 + 1;
                    st.execute("ALTER SEQUENCE " + sequences[i] + " RESTART WITH " + next);
                }
            }
            return null;
        });
        return have;
    }

    /** One copy ({@code k}) of {@code table}'s rows that belong to the original cases up to {@code lastApplicant}. */
    private static void copy(Connection c, String table, int k, long[] stride, long lastApplicant) throws SQLException {
        String applicantShift = " + " + k * stride[0];
        String versionShift = " + " + k * stride[1];
        String flagShift = " + " + k * stride[2];
        Map<String, String> shifted = switch (table) {
            case "applicant" -> Map.of("id", "t.id" + applicantShift, "applicant_id", "t.applicant_id || '-c" + k + "'");
            case "resume_version" -> Map.of("id", "t.id" + versionShift, "applicant_id", "t.applicant_id" + applicantShift);
            case "resume_original" -> Map.of("resume_version_id", "t.resume_version_id" + versionShift);
            case "screening_flag" -> Map.of("id", "t.id" + flagShift, "resume_version_id", "t.resume_version_id" + versionShift);
            case "evidence_span" -> Map.of("flag_id", "t.flag_id" + flagShift);
            case "finding" -> Map.of("id", "t.id + " + k * stride[3], "resume_version_id", "t.resume_version_id" + versionShift);
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
