package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search index on PostgreSQL, in the server's own full-text search: one {@code tsvector} per case
 * (table {@value #TABLE}, GIN index, migration V55) holding the words {@link SearchTerms} takes from its id,
 * name and current résumé, put through the text search configuration {@value #CONFIGURATION}
 * ({@code unaccent}, then lower case). A search is a {@code tsquery} of the same words, every one required,
 * a word of {@value SearchTerms#PREFIX_FROM} letters or more as a prefix ({@code :*}): the rules of H2's
 * posting lists, so both stores find the same cases.
 */
final class TextSearchDocuments {
    static final String TABLE = "search_document";
    static final String CONFIGURATION = "secondlook_search";

    /** A case's words as indexed: its current version's number and its words, space-separated. */
    record Document(long applicant, int versionNo, String words) {
    }

    private TextSearchDocuments() {
    }

    /**
     * Stores each case's words, replacing what an earlier version left; a document of a later version already
     * there (indexed by another process meanwhile) is kept.
     */
    static void write(Connection c, List<Document> documents) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("insert into " + TABLE + " (applicant_id, version_no, words)"
                + " values (?, ?, to_tsvector('" + CONFIGURATION + "', ?)) on conflict (applicant_id) do update"
                + " set version_no = excluded.version_no, words = excluded.words"
                + " where " + TABLE + ".version_no <= excluded.version_no")) {
            int batched = 0;
            for (Document d : documents) {
                upsert.setLong(1, d.applicant());
                upsert.setInt(2, d.versionNo());
                upsert.setString(3, d.words());
                upsert.addBatch();
                if (++batched % 500 == 0) {
                    upsert.executeBatch();
                }
            }
            upsert.executeBatch();
        }
    }

    /** The cases (applicant row ids) whose words hold every search word ({@link SearchTerms#query}, none with a digit). */
    static BitSet match(Connection c, List<String> words) throws SQLException {
        BitSet found = new BitSet();
        try (PreparedStatement q = c.prepareStatement("select applicant_id from " + TABLE
                + " where words @@ to_tsquery('" + CONFIGURATION + "', ?)")) {
            q.setString(1, query(words));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.set(SearchIndex.bit(r.getLong(1)));
                }
            }
        }
        return found;
    }

    /** The search as a {@code tsquery}: each word quoted, all required, the longer ones as prefixes. */
    static String query(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "''").replace("\\", "\\\\") + "'"
                + (w.length() >= SearchTerms.PREFIX_FROM ? ":*" : "")).collect(Collectors.joining(" & "));
    }
}
