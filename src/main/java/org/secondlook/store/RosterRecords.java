package org.secondlook.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;

/**
 * A roster chunk's records in force, read with one plain JDBC query per slice of applicant ids (no entity loading:
 * that lookup through Hibernate was 14 % of an import, most of it Hibernate's own work). The ids go in sorted, so
 * the index is walked in order, and only the columns the import reads or moves come back.
 */
final class RosterRecords {
    private static final String COLUMNS = "r.id, p.version, r.applicant_ref, r.applicant_id, r.decision_id, r.action,"
            + " p.state, p.attempt, p.state_since, p.class_number, p.report_date, p.class_start, p.class_end, p.evidence_id,"
            + " p.evidence_by";

    private RosterRecords() {
    }

    /** The records not VOIDED of these applicants, by applicant id then id (an applicant's newest last). */
    static List<RemediationRecord> current(Connection c, Collection<String> applicantIds) {
        List<String> ids = new ArrayList<>(applicantIds);
        Collections.sort(ids);
        List<RemediationRecord> out = new ArrayList<>(ids.size());
        int slices = RemediationWriter.IN_SLICE;
        // one statement serves every full slice; the shorter last slice gets its own
        try (PreparedStatement full = ids.size() >= slices ? c.prepareStatement(sql(slices)) : null) {
            for (int from = 0; from < ids.size(); from += slices) {
                List<String> slice = ids.subList(from, Math.min(ids.size(), from + slices));
                if (slice.size() == slices) {
                    read(full, slice, out);
                } else {
                    try (PreparedStatement last = c.prepareStatement(sql(slice.size()))) {
                        read(last, slice, out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the roster's training records", e);
        }
        return out;
    }

    private static String sql(int n) {
        return "select " + COLUMNS + " from remediation_record r join remediation_progress p on p.record_id = r.id"
                + " where r.applicant_id in (" + String.join(", ", Collections.nCopies(n, "?")) + ") and p.state <> ?"
                + " order by r.applicant_id, r.id";
    }

    private static void read(PreparedStatement p, List<String> slice, List<RemediationRecord> out) throws SQLException {
        int i = 1;
        for (String id : slice) {
            p.setString(i++, id);
        }
        p.setString(i, RemediationState.VOIDED.name());
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(RemediationRecord.forRoster(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), RemediationAction.valueOf(rs.getString(6)), RemediationState.valueOf(rs.getString(7)),
                        rs.getInt(8), rs.getObject(9, OffsetDateTime.class).toInstant())
                        .withClass(rs.getString(10), date(rs.getDate(11)), date(rs.getDate(12)), date(rs.getDate(13)),
                                rs.getObject(14, Long.class), rs.getString(15)));
            }
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
