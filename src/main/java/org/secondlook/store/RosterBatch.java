package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleObjectStateException;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.RemediationEvidence;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;

/**
 * What one chunk of a roster import writes, gathered in memory and sent as plain JDBC batches in the
 * chunk's transaction: the audit events (chained in order by the writer's locked head), the evidence
 * rows, the move rows and the records' new state (checked against their version, like Hibernate's): only the
 * narrow progress row of each record is rewritten, never the wide record with its six indexes.
 * Ids come from the same sequences as the entities' (a block of 50 per {@code NEXT VALUE}, the pooled
 * optimizer's reading), so rows written here and by Hibernate never collide.
 */
final class RosterBatch {
    private record Evidence(long id, RemediationEvidence e) {
    }

    private record Move(long id, long recordId, RemediationState from, RemediationState to, int attempt, String by,
                        Instant at, String detail, long auditSeq) {
    }

    private final List<AuditEvent> events = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private final Map<Long, RemediationRecord> changed = new LinkedHashMap<>();
    private final IdBlock evidenceIds = new IdBlock("remediation_evidence_seq");
    private final IdBlock moveIds = new IdBlock("remediation_move_seq");
    private final Connection c;

    RosterBatch(Connection c) {
        this.c = c;
    }

    void event(AuditEvent e) {
        events.add(e);
    }

    long evidence(RemediationEvidence e, RemediationRecord r) {
        long id = evidenceIds.next(c);
        evidence.add(new Evidence(id, e));
        changed.put(r.getId(), r);
        return id;
    }

    /** A move of {@code r}, whose new state is then written with the chunk. */
    void move(RemediationRecord r, RemediationState from, RemediationState to, int attempt, String by, Instant at,
              String detail, long auditSeq) {
        moves.add(new Move(moveIds.next(c), r.getId(), from, to, attempt, by, at, detail, auditSeq));
        changed.put(r.getId(), r);
    }

    /** Sends everything gathered; a record changed by someone else since it was read fails the chunk. */
    void write() {
        try {
            writeEvents();
            writeEvidence();
            writeMoves();
            writeRecords();
        } catch (SQLException e) {
            throw new StoreException("could not write the roster's changes", e);
        }
    }

    private void writeEvents() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into audit_event (seq, occurred_at, actor, event_type,"
                + " subject, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                p.setLong(1, e.getSeq());
                p.setObject(2, time(e.getOccurredAt()));
                p.setString(3, e.getActor());
                p.setString(4, e.getType());
                p.setString(5, e.getSubject());
                p.setString(6, e.getDetails());
                p.setString(7, e.getPrevHash());
                p.setString(8, e.getHash());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void writeEvidence() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into remediation_evidence (id, record_id, kind,"
                + " class_number, result, source_file, source_row, hours, instructor, attached_by, attached_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Evidence x : evidence) {
                RemediationEvidence e = x.e();
                p.setLong(1, x.id());
                p.setLong(2, e.getRecordId());
                p.setString(3, e.getKind().name());
                p.setString(4, e.getClassNumber());
                p.setString(5, e.getResult());
                p.setString(6, e.getSourceFile());
                p.setObject(7, e.getSourceRow(), Types.INTEGER);
                p.setString(8, e.getHours());
                p.setString(9, e.getInstructor());
                p.setString(10, e.getAttachedBy());
                p.setObject(11, time(e.getAttachedAt()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void writeMoves() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into remediation_move (id, record_id, from_state, to_state,"
                + " attempt, moved_by, moved_at, detail, audit_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Move m : moves) {
                p.setLong(1, m.id());
                p.setLong(2, m.recordId());
                p.setString(3, m.from() == null ? null : m.from().name());
                p.setString(4, m.to().name());
                p.setInt(5, m.attempt());
                p.setString(6, m.by());
                p.setObject(7, time(m.at()));
                p.setString(8, m.detail());
                p.setLong(9, m.auditSeq());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void writeRecords() throws SQLException {
        List<RemediationRecord> records = List.copyOf(changed.values());
        int[] counts;
        try (PreparedStatement p = c.prepareStatement("update remediation_progress set version = version + 1, state = ?,"
                + " attempt = ?, class_number = ?, report_date = ?, class_start = ?, class_end = ?, evidence_id = ?,"
                + " evidence_by = ?, state_since = ? where record_id = ? and version = ?")) {
            for (RemediationRecord r : records) {
                p.setString(1, r.getState().name());
                p.setInt(2, r.getAttempt());
                p.setString(3, r.getClassNumber());
                p.setObject(4, date(r.getReportDate()), Types.DATE);
                p.setObject(5, date(r.getClassStart()), Types.DATE);
                p.setObject(6, date(r.getClassEnd()), Types.DATE);
                p.setObject(7, r.getEvidenceId(), Types.BIGINT);
                p.setString(8, r.getEvidenceBy());
                p.setObject(9, time(r.getStateSince()));
                p.setLong(10, r.getId());
                p.setLong(11, r.getVersion());
                p.addBatch();
            }
            counts = p.executeBatch();
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleObjectStateException(RemediationRecord.class.getName(), records.get(i).getId());
            }
        }
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static java.sql.Date date(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    /** Ids of a sequence the entities draw with allocation size 50: {@code NEXT VALUE} v owns v-49 … v. */
    private static final class IdBlock {
        private static final int SIZE = 50;
        private final String sequence;
        private long next;
        private long last = -1;

        IdBlock(String sequence) {
            this.sequence = sequence;
        }

        long next(Connection c) {
            if (next > last) {
                long v = draw(c);
                last = v;
                next = Math.max(1, v - SIZE + 1);
            }
            return next++;
        }

        private long draw(Connection c) {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(Vendor.of(c).nextValue(sequence))) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new StoreException("could not draw ids from " + sequence, e);
            }
        }
    }
}
