package org.secondlook.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.secondlook.domain.ReviewState;

/**
 * The SQL that {@link ExportReader} streams, and a scope as the conditions and values of its where clause.
 * Each query is read in the order of an index: H2 computes a result whole, and spills it to a temporary file past
 * a few thousand rows, unless the query is lazy and ordered by an index. The joins from a case to its current
 * version, findings, flags and spans are written as left joins, which H2 keeps in the order written, with the
 * "inner" condition in the where clause (PostgreSQL reads them as the inner joins they are): as inner joins H2 chose
 * to scan every résumé version first and sort the whole result by applicant id (measured on 50,000 cases: the
 * findings query 4.3 s and 162 MB of pages read and decrypted, against 1.0 s and 13 MB).
 */
final class ExportQueries {
    private ExportQueries() {
    }

    static String decisions(Where w) {
        return "select a.applicant_id, a.full_name, a.field_office, a.classifier_label, a.verdict, a.le_months,"
                + " d.track, d.reason_code, d.note, d.decided_by, d.decided_at, so.signed_by, so.signed_at, a.state"
                + " from applicant a"
                + " left join decision d on d.applicant_id = a.id and d.active = true"
                + " left join sign_off so on so.decision_id = d.id and so.outcome = 'APPROVED'"
                + w.sql() + " order by a.applicant_id";
    }

    /** Each case's current résumé version ({@code v}), joined to the case ({@code a}) read in applicant-id order. */
    private static final String CURRENT_VERSION =
            " left join resume_version v on v.applicant_id = a.id and v.version_no = a.current_version";

    static String findings(Where w) {
        return "select a.applicant_id, v.id, f.start_offset, f.end_offset, f.category, f.explanation, f.span_text"
                + " from applicant a" + CURRENT_VERSION + " left join finding f on f.resume_version_id = v.id"
                + w.and("f.resume_version_id is not null") + " order by a.applicant_id";
    }

    static String evidence(Where w) {
        return "select a.applicant_id, v.id, e.start_offset, e.end_offset, e.term, e.span_text"
                + " from applicant a" + CURRENT_VERSION + " left join screening_flag fl on fl.resume_version_id = v.id"
                + " left join evidence_span e on e.flag_id = fl.id" + w.and("e.flag_id is not null")
                + " order by a.applicant_id";
    }

    static String audit(Where w) {
        String columns = "select e.seq, e.occurred_at, e.actor, e.event_type, e.subject, e.details, e.hash";
        // A join on the unique applicant id: H2 plans it far better than "subject in (select …)".
        return w.sql().isEmpty() ? columns + " from audit_event e order by e.seq"
                : columns + " from audit_event e join applicant a on a.applicant_id = e.subject" + w.sql() + " order by e.seq";
    }

    static String training(Where w) {
        return "select r.applicant_id, r.office, r.action, p.state, p.attempt, p.class_number, p.report_date,"
                + " p.class_start, p.class_end, p.evidence_by, r.verified_by, r.verified_at, r.waiver_reason, r.created_at,"
                + " p.state_since from remediation_record r join remediation_progress p on p.record_id = r.id"
                + " join applicant a on a.id = r.applicant_ref" + w.and("p.state <> 'VOIDED'") + " order by r.applicant_id";
    }

    /** The queries over every case (no scope), by stream, as run: for the test that checks how H2 plans them. */
    static Map<String, String> queriesOverEveryCase() {
        Where all = where(new ExportReader.Scope(null, null, null));
        return Map.of("decisions", decisions(all), "findings", findings(all), "evidence",
                evidence(all), "audit", audit(all));
    }

    /** The scope as SQL conditions on the applicant ({@code a}) and the values they take, in order. */
    record Where(List<String> conditions, List<Object> values) {
        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        String and(String condition) {
            return conditions.isEmpty() ? " where " + condition : sql() + " and " + condition;
        }

        void bind(PreparedStatement q, int first) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                q.setObject(first + i, values.get(i));
            }
        }
    }

    static Where where(ExportReader.Scope scope) {
        List<String> c = new ArrayList<>();
        List<Object> v = new ArrayList<>();
        if (!scope.stateCodes().isEmpty()) {
            List<String> codes = scope.stateCodes().stream().sorted().toList();
            c.add("a.state in (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")");
            codes.forEach(code -> v.add(ReviewState.fromCode(code).code()));
        }
        if (scope.office() != null && !scope.office().isBlank()) {
            c.add("a.field_office = ?");
            v.add(scope.office());
        }
        if (scope.changedSince() != null) {
            c.add("a.updated_at >= ?");
            v.add(OffsetDateTime.ofInstant(scope.changedSince(), java.time.ZoneOffset.UTC));
        }
        return new Where(c, v);
    }
}
