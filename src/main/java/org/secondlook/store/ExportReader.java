package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.SpanText;
import org.secondlook.domain.Track;

/**
 * Streams what an export needs, straight from the database with plain JDBC: one connection and one
 * transaction per stream, rows fetched {@value #FETCH} at a time and mapped column by typed column (no
 * entity and no session cache), so memory stays flat however many rows. Every query is read in the order of
 * an index (H2 computes a result whole unless it is lazy and ordered by an index): cases by applicant id,
 * a case's spans sorted in Java ({@link CaseRuns}), audit events by sequence number. The connection is closed
 * with the stream. A span's text is the one its row kept at import; only rows that kept none (written before
 * V90, or longer than {@link SpanText#MAX_KEPT}) have it cut from the résumé, each résumé read once for all of
 * its spans.
 */
public final class ExportReader {
    /** One case on the decisions sheet; the decision columns are null when the case has no active decision. */
    public record DecisionLine(String applicantId, String fullName, String fieldOffice, String classifierLabel,
                               String verdict, Integer leMonths, Track track, String reasonCode, String note,
                               String decidedBy, Instant decidedAt, String signedBy, Instant signedAt, ReviewState state) {
    }

    /** One analyzer finding on a current résumé version, with the text of its span. */
    public record FindingLine(String applicantId, String category, Integer start, Integer end, String text,
                              String explanation) {
    }

    /** One piece of the screening tool's evidence on a current résumé version, with the matched term. */
    public record EvidenceLine(String applicantId, Integer start, Integer end, String text, String term) {
    }

    /** One audit event about a case in scope. */
    public record AuditLine(Long seq, Instant occurredAt, String actor, String type, String subject, String details,
                            String hash) {
    }

    /** Which cases: states (codes), office, and a time from which a case counts as changed. Null/empty = any. */
    public record Scope(Set<String> stateCodes, String office, Instant changedSince) {
        public Scope {
            stateCodes = stateCodes == null ? Set.of() : Set.copyOf(stateCodes);
        }
    }

    private static final int FETCH = 1000;
    private final Database database;

    public ExportReader(Database database) {
        this.database = database;
    }

    /** How many cases are in scope. */
    public long countCases(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        return database.jdbc(c -> {
            try (PreparedStatement q = c.prepareStatement("select count(*) from applicant a" + w.sql())) {
                w.bind(q, 1);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /**
     * One row per case: applicantId, fullName, fieldOffice, classifierLabel, verdict, leMonths, track,
     * reasonCode, note, decidedBy, decidedAt, signedBy, signedAt, state — the decision columns from the
     * case's active decision and its approval, null when there is none. Ordered by applicant id.
     */
    public Stream<DecisionLine> decisions(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        return stream(ExportQueries.decisions(w), w, (c, r, out) -> {
            String track = r.getString(7);
            String state = r.getString(14);
            out.accept(new DecisionLine(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    integer(r, 6), track == null ? null : Track.valueOf(track), r.getString(8), r.getString(9),
                    r.getString(10), SqlRows.instant(r, 11), r.getString(12), SqlRows.instant(r, 13),
                    state == null ? null : ReviewState.fromCode(state)));
        });
    }

    /**
     * The analyzer's findings on the current résumé versions of the cases in scope: applicantId,
     * category, start, end, the text of the span, explanation.
     */
    public Stream<FindingLine> findings(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        Texts texts = new Texts();
        return CaseRuns.sorted(stream(ExportQueries.findings(w), w, (c, r, out) -> {
            int start = r.getInt(3);
            int end = r.getInt(4);
            out.accept(new FindingLine(r.getString(1), r.getString(5), start, end,
                    texts.span(c, r.getString(7), r.getLong(2), start, end), r.getString(6)));
        }, texts), FindingLine::applicantId, Comparator.comparing(FindingLine::start).thenComparing(FindingLine::end));
    }

    /**
     * The screening tool's evidence on the current résumé versions: applicantId, start, end, the text of the
     * span, the matched term.
     */
    public Stream<EvidenceLine> toolEvidence(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        Texts texts = new Texts();
        return CaseRuns.sorted(stream(ExportQueries.evidence(w), w, (c, r, out) -> {
            int start = r.getInt(3);
            int end = r.getInt(4);
            out.accept(new EvidenceLine(r.getString(1), start, end, texts.span(c, r.getString(6), r.getLong(2), start,
                    end), r.getString(5)));
        }, texts), EvidenceLine::applicantId, Comparator.comparing(EvidenceLine::start).thenComparing(EvidenceLine::end));
    }

    /**
     * The audit events about the cases in scope, by sequence number; with no filter at all (every
     * case), the whole audit trail: imports, accounts, exports and logins too, every event of the chain.
     */
    public Stream<AuditLine> auditEvents(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        return stream(ExportQueries.audit(w), w, (c, r, out) -> out.accept(new AuditLine(r.getLong(1), SqlRows.instant(r, 2),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7))));
    }

    /** A training record in force, as the workbook's Training sheet shows it (codes as stored). */
    public record TrainingLine(String applicantId, String office, RemediationAction action, RemediationState state,
                               Integer attempt, String classNumber, java.time.LocalDate reportDate,
                               java.time.LocalDate classStart, java.time.LocalDate classEnd, String evidenceBy,
                               String verifiedBy, Instant verifiedAt, WaiverReason waiverReason, Instant createdAt,
                               Instant stateSince) {
    }

    /** The training records in force (not voided) of the cases in scope, by applicant id. */
    public Stream<TrainingLine> training(Scope scope) {
        ExportQueries.Where w = ExportQueries.where(scope);
        return stream(ExportQueries.training(w), w, (c, r, out) -> {
            String waiver = r.getString(13);
            out.accept(new TrainingLine(r.getString(1), r.getString(2), RemediationAction.valueOf(r.getString(3)),
                    RemediationState.valueOf(r.getString(4)), integer(r, 5), r.getString(6),
                    r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), r.getObject(9, LocalDate.class),
                    r.getString(10), r.getString(11), SqlRows.instant(r, 12),
                    waiver == null ? null : WaiverReason.valueOf(waiver), SqlRows.instant(r, 14), SqlRows.instant(r, 15)));
        });
    }

    /** Maps the current row to the stream's value(s); may read more on the same connection. */
    @FunctionalInterface
    private interface Mapper<T> {
        void map(Connection c, ResultSet r, Consumer<? super T> out) throws SQLException;
    }

    /**
     * The rows of {@code sql}, read lazily on a connection of their own that closes with the stream (the
     * transaction is rolled back: nothing was written).
     */
    private <T> Stream<T> stream(String sql, ExportQueries.Where w, Mapper<T> mapper) {
        return stream(sql, w, mapper, null);
    }

    /** {@link #stream(String, ExportQueries.Where, Mapper)}, closing {@code also} (may be null) with the stream. */
    private <T> Stream<T> stream(String sql, ExportQueries.Where w, Mapper<T> mapper, AutoCloseable also) {
        Connection c = database.readingConnection();
        try {
            PreparedStatement q = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            q.setFetchSize(FETCH);
            w.bind(q, 1);
            ResultSet r = q.executeQuery();
            Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    try {
                        if (!r.next()) {
                            return false;
                        }
                        mapper.map(c, r, action);
                        return true;
                    } catch (SQLException e) {
                        throw new StoreException("The database could not be read", e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> close(database, c, r, q, also));
        } catch (SQLException | RuntimeException e) {
            close(database, c, also);
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("The database could not be read", e);
        }
    }

    /** Closes the statement's resources, ends the read-only transaction and gives the connection back. */
    private static void close(Database database, Connection c, AutoCloseable... resources) {
        try {
            try {
                for (AutoCloseable r : resources) {
                    if (r != null) {
                        r.close();
                    }
                }
            } finally {
                database.endReading(c);
            }
        } catch (Exception e) {
            throw new StoreException("The database connection could not be closed", e);
        }
    }

    /**
     * The text of a span: the one its row keeps ({@code kept}, see {@link SpanText}), else cut from the résumé of
     * the version being read, fetched once for all of its spans (rows come by case).
     */
    private static final class Texts implements AutoCloseable {
        private long versionId = -1;
        private String text;
        private PreparedStatement read;

        String span(Connection c, String kept, long version, int start, int end) throws SQLException {
            if (kept != null) {
                return kept;
            }
            if (version != versionId) {
                if (read == null) {
                    read = c.prepareStatement("select text from resume_version where id = ?");
                }
                read.setLong(1, version);
                try (ResultSet r = read.executeQuery()) {
                    text = r.next() ? r.getString(1) : "";
                }
                versionId = version;
            }
            return SpanText.cut(text, start, end);
        }

        @Override
        public void close() throws SQLException {
            if (read != null) {
                read.close();
            }
        }
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }
}
