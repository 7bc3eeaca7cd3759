package org.secondlook.review.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.store.RawDatabase;

/**
 * The columns the figures read instead of joins (migration V30) stay equal to what the joins would give:
 * the case's track and time in force after deciding, undoing, returning and superseding a signed-off
 * decision (and undoing that), the time its decision in force was approved, whose decision each sign-off was,
 * and its evidence terms after a new résumé version changes them.
 */
class InForceColumnsTest {
    @TempDir
    Path dir;

    @Test
    void trackInForceAndTermsFollowEveryChange() throws Exception {
        Office office = new Office(dir, Instant.parse("2026-03-02T14:00:00Z"));
        office.importRows(List.of(
                new Office.Row("C1", "ERO Newark", "Loan Officer, Bank, 2010-2014", "LEO", "Loan Officer"),
                new Office.Row("C2", "ERO Newark", "Police Officer, City, 2010-2014", "LEO", "Police Officer;Officer"),
                new Office.Row("C3", "ERO Denver", "Petty Officer, Navy, 2010-2014", "NON_LEO", "Petty Officer"),
                new Office.Row("C4", "ERO Denver", "Border Patrol Agent, CBP, 2010-2014", "LEO", "Agent")));
        try (ReviewSession rita = office.login("rita"); ReviewSession rob = office.login("rob");
             ReviewSession sam = office.login("sam")) {
            office.clock.advance(Duration.ofHours(1));
            decide(rita, "C1", Track.LEO);
            rita.decisions().undoLast();
            decide(rita, "C2", Track.LEO);
            office.clock.advance(Duration.ofHours(1));
            sam.signOffs().returnDecision("C2", "look again", SignOffService.CURRENT);
            decide(rob, "C3", Track.ACADEMY);
            sam.signOffs().approve("C3", SignOffService.CURRENT);
            decide(rob, "C4", Track.LEO);
            office.clock.advance(Duration.ofHours(1));
            sam.signOffs().approve("C4", SignOffService.CURRENT);
            office.clock.advance(Duration.ofHours(2));
            // corrections by the first decider: a case waiting for its blind QA second review is kept from others
            decide(rob, "C4", Track.ACADEMY);
            rob.decisions().undoLast();
            decide(rob, "C3", Track.LEO);
        }
        office.importRows(List.of(
                new Office.Row("C1", "ERO Newark", "Compliance Officer, Bank, 2015-2020", "LEO", "Compliance Officer")));
        try (Connection c = RawDatabase.open(dir.resolve("data"), "ada", "a long office test phrase".toCharArray())) {
            assertThat(rows(c, "select a.applicant_id, a.track_in_force, a.in_force_at from applicant a order by 1"))
                    .isEqualTo(rows(c, "select a.applicant_id, d.track, d.decided_at from applicant a"
                            + " left join decision d on d.applicant_id = a.id and d.active = true order by 1"));
            assertThat(rows(c, "select a.applicant_id, a.track_in_force, a.state from applicant a order by 1"))
                    .containsExactly(List.of("C1", "null", "NEW"), List.of("C2", "LEO", "RETURNED"),
                            List.of("C3", "LEO", "DECIDED"), List.of("C4", "LEO", "SIGNED_OFF"));
            assertThat(rows(c, "select a.applicant_id, a.signed_off_at from applicant a where a.state = 'SIGNED_OFF'"))
                    .isEqualTo(rows(c, "select a.applicant_id, o.signed_at from applicant a join decision d"
                            + " on d.applicant_id = a.id and d.active = true join sign_off o on o.decision_id = d.id"
                            + " and o.outcome = 'APPROVED' where a.state = 'SIGNED_OFF'"))
                    .hasSize(1);
            assertThat(rows(c, "select o.id, o.decided_by from sign_off o order by 1")).hasSize(3)
                    .isEqualTo(rows(c, "select o.id, d.decided_by from sign_off o join decision d on d.id = o.decision_id"
                            + " order by 1"));
            assertThat(rows(c, "select a.applicant_id, a.leo_terms from applicant a order by 1"))
                    .isEqualTo(rows(c, "select a.applicant_id, (select listagg(distinct lower(e.term), char(10))"
                            + " within group (order by lower(e.term)) from resume_version v"
                            + " join screening_flag f on f.resume_version_id = v.id and f.label = 'LEO'"
                            + " join evidence_span e on e.flag_id = f.id where v.applicant_id = a.id"
                            + " and v.version_no = a.current_version and a.classifier_label = 'LEO') from applicant a order by 1"))
                    .containsExactly(List.of("C1", "compliance officer"), List.of("C2", "officer\npolice officer"),
                            List.of("C3", "null"), List.of("C4", "agent"));
        }
    }

    private static void decide(ReviewSession who, String id, Track track) {
        who.decisions().decide(id, track, track == Track.LEO ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE",
                null, SignOffService.CURRENT);
    }

    private static List<List<String>> rows(Connection c, String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }
}
