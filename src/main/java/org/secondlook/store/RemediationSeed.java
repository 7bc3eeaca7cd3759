package org.secondlook.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * For {@code bench training} only: fills a throw-away database with {@code count} applicants whose
 * academy decision is signed off and whose training record is IDENTIFIED, in bulk, without the review
 * flow (which would take far longer than what is measured). Ids are {@code B0000001}, {@code B0000002}, …;
 * every fifth applicant is DEPLOYED (RECALL), the others SELECTED (ENROL). Never used on a real office's data.
 */
public final class RemediationSeed {
    private RemediationSeed() {
    }

    public static String id(int n) {
        return String.format(java.util.Locale.ROOT, "B%07d", n);
    }

    public static void seed(Database db, int count, String user, Instant at) {
        Timestamp t = Timestamp.from(at);
        db.inTransaction(s -> s.doWork(c -> {
            try (PreparedStatement a = c.prepareStatement("insert into applicant (id, version, applicant_id, full_name,"
                    + " field_office, employment_status, state, classifier_label, risk, current_version, imported_at,"
                    + " updated_at, decided_by, decided_at, track_in_force, in_force_at)"
                    + " values (?, 0, ?, ?, ?, ?, 'SIGNED_OFF', 'LEO', 0.5, 1, ?, ?, ?, ?, 'ACADEMY', ?)");
                 PreparedStatement d = c.prepareStatement("insert into decision (id, applicant_id, resume_version_no, track,"
                         + " reason_code, decided_by, decided_at, active) values (?, ?, 1, 'ACADEMY', 'NON_LE_OFFICER_TITLE',"
                         + " ?, ?, true)");
                 PreparedStatement r = c.prepareStatement("insert into remediation_record (id, applicant_ref,"
                         + " applicant_id, decision_id, action, office, could_take_leo, created_at)"
                         + " values (?, ?, ?, ?, ?, ?, false, ?)");
                 PreparedStatement p = c.prepareStatement("insert into remediation_progress (record_id, version, state,"
                         + " attempt, state_since) values (?, 0, 'IDENTIFIED', 1, ?)")) {
                long base = 10_000_000L;
                for (int n = 1; n <= count; n++) {
                    long pk = base + n;
                    boolean deployed = n % 5 == 0;
                    String office = "ERO Office " + (n % 7);
                    a.setLong(1, pk);
                    a.setString(2, id(n));
                    a.setString(3, "Bench Person " + n);
                    a.setString(4, office);
                    a.setString(5, deployed ? "DEPLOYED" : "SELECTED");
                    a.setTimestamp(6, t);
                    a.setTimestamp(7, t);
                    a.setString(8, user);
                    a.setTimestamp(9, t);
                    a.setTimestamp(10, t);
                    a.addBatch();
                    d.setLong(1, pk);
                    d.setLong(2, pk);
                    d.setString(3, user);
                    d.setTimestamp(4, t);
                    d.addBatch();
                    r.setLong(1, pk);
                    r.setLong(2, pk);
                    r.setString(3, id(n));
                    r.setLong(4, pk);
                    r.setString(5, deployed ? "RECALL" : "ENROL");
                    r.setString(6, office);
                    r.setTimestamp(7, t);
                    r.addBatch();
                    p.setLong(1, pk);
                    p.setTimestamp(2, t);
                    p.addBatch();
                    if (n % 1000 == 0 || n == count) {
                        a.executeBatch();
                        d.executeBatch();
                        r.executeBatch();
                        p.executeBatch();
                    }
                }
            }
        }));
    }
}
