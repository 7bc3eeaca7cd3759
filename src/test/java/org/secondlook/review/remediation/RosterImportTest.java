package org.secondlook.review.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.intake.RowRejection;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.remediation.RemediationService.MoveRequest;

/** The academy roster import (docs/formats.md, the academy roster) on a real encrypted database: every outcome and mismatch kind. */
class RosterImportTest {
    static final String HEADER = "applicant_id,full_name,date_of_birth,class_number,start_date,end_date,result,hours,instructor,remarks";

    @TempDir
    Path dir;
    TrainingTeam team;

    @BeforeEach
    void setUp() throws Exception {
        team = new TrainingTeam(dir.resolve("data"), List.of(
                TrainingTeam.applicant(2, "P1", "Pat Pass", ClassifierLabel.LEO, "DEPLOYED", "ERO Newark", "1990-01-02"),
                TrainingTeam.applicant(3, "F1", "Fay Fail", ClassifierLabel.LEO, "SELECTED", "ERO Newark", null),
                TrainingTeam.applicant(4, "R1", "Ray Running", ClassifierLabel.LEO, "SELECTED", "ERO Newark", null),
                TrainingTeam.applicant(5, "W1", "Wes Withdrew", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(6, "M1", "Mia Byname", ClassifierLabel.LEO, "SELECTED", "ERO Miami", "1988-07-14"),
                TrainingTeam.applicant(7, "T1", "Twin Same", ClassifierLabel.LEO, "SELECTED", "ERO Miami", "1991-05-05"),
                TrainingTeam.applicant(8, "T2", "Twin Same", ClassifierLabel.LEO, "SELECTED", "ERO Miami", "1991-05-05"),
                TrainingTeam.applicant(9, "U1", "Una Undecided", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(10, "N1", "Ned None", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(11, "V1", "Val Verified", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null)));
        for (String id : List.of("P1", "F1", "R1", "W1", "M1", "T1", "T2", "V1")) {
            team.signOff(id, Track.ACADEMY);
        }
        team.signOff("N1", Track.LEO);
        RemediationService sam = team.sam.remediation();
        sam.move("V1", MoveRequest.to(RemediationState.NOTIFIED));
        sam.move("V1", new MoveRequest(RemediationState.SCHEDULED, "BA-2025-40", LocalDate.of(2025, 11, 1), null));
        sam.move("V1", MoveRequest.to(RemediationState.IN_TRAINING));
        sam.attachCertificate("V1", "v.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        team.sue.remediation().verify("V1");
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    /** Rows 2… of the roster: every outcome and every mismatch kind, then bad rows. */
    static List<String> rows() {
        return List.of(
                "P1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,320,J. Ortiz,ok",            // 2 applied: to COMPLETED
                "F1,,,BA-2026-14,2026-01-05,2026-03-01,FAIL,120,J. Ortiz,",               // 3 applied: to FAILED
                "R1,,,BA-2026-15,2026-02-02,,,,,",                                         // 4 applied: to IN_TRAINING
                "W1,,,BA-2026-14,2026-01-05,2026-03-01,withdrawn,40,,",                   // 5 applied: to FAILED
                ",Mia Byname,1988-07-14,BA-2026-14,2026-01-05,2026-03-01,PASS,320,,",     // 6 applied by name + birth date
                ",Twin Same,1991-05-05,BA-2026-14,2026-01-05,2026-03-01,PASS,320,,",      // 7 two people
                ",Nobody Here,1970-01-01,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",       // 8 nobody (name)
                "Z9,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",                          // 9 nobody (id)
                "U1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",                          // 10 no record yet
                "N1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",                          // 11 needs no training
                "V1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",                          // 12 verified in another class
                "P1,,,,2026-01-05,2026-03-01,PASS,,,",                                    // 13 no class
                "P1,,,BA-2026-14,05/01/2026,2026-03-01,PASS,,,",                          // 14 bad date
                "P1,,,BA-2026-14,2026-01-05,2026-03-01,MAYBE,,,",                         // 15 bad result
                ",Pat Pass,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",                    // 16 no id, no birth date
                "P1,,,BA-2026-14,2026-03-05,2026-03-01,PASS,,,");                         // 17 ends before it starts
    }

    private Path csv(String name, List<String> rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
        return f;
    }

    private static void assertReport(RosterReport r) {
        assertThat(r.applied()).isEqualTo(5);
        assertThat(r.unchanged()).isZero();
        assertThat(r.rejected()).extracting(RowRejection::rowNumber)
                .containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(r.rejected()).extracting(RowRejection::reason).satisfiesExactly(
                x -> assertThat(x).contains("match 2 applicants").contains("T1, T2"),
                x -> assertThat(x).contains("match nobody"),
                x -> assertThat(x).contains("Z9 matches nobody"),
                x -> assertThat(x).contains("U1 has no training record"),
                x -> assertThat(x).contains("needs no training"),
                x -> assertThat(x).contains("contradicts the record").contains("VERIFIED in class BA-2025-40"),
                x -> assertThat(x).contains("class_number is empty"),
                x -> assertThat(x).contains("start_date '05/01/2026' is not a date"),
                x -> assertThat(x).contains("result 'MAYBE'"),
                x -> assertThat(x).contains("no applicant_id, and no full_name with date_of_birth"),
                x -> assertThat(x).contains("end_date 2026-03-01 is before start_date 2026-03-05"));
    }

    private RemediationState state(String id) {
        return team.ada.remediation().show(id).line().state();
    }

    @Test
    void aRosterMovesEachMatchedRecordThroughEveryStateAndReportsEveryMismatch() throws Exception {
        RosterReport r = team.sam.remediation().importRoster(csv("roster.csv", rows()));
        assertReport(r);
        assertThat(state("P1")).isEqualTo(RemediationState.COMPLETED);
        assertThat(state("F1")).isEqualTo(RemediationState.FAILED);
        assertThat(state("R1")).isEqualTo(RemediationState.IN_TRAINING);
        assertThat(state("W1")).isEqualTo(RemediationState.FAILED);
        assertThat(state("M1")).isEqualTo(RemediationState.COMPLETED);
        assertThat(state("T1")).isEqualTo(RemediationState.IDENTIFIED);
        assertThat(state("V1")).isEqualTo(RemediationState.VERIFIED);

        TrainingDetail p = team.ada.remediation().show("P1");
        assertThat(p.moves()).extracting(TrainingDetail.Move::to).containsExactly(RemediationState.IDENTIFIED,
                RemediationState.NOTIFIED, RemediationState.SCHEDULED, RemediationState.IN_TRAINING,
                RemediationState.COMPLETED);
        assertThat(p.moves().subList(1, 5)).allSatisfy(m -> {
            assertThat(m.detail()).isEqualTo("roster roster.csv row 2: class BA-2026-14, PASS");
            assertThat(m.by()).isEqualTo("sam");
        });
        assertThat(p.line().classNumber()).isEqualTo("BA-2026-14");
        assertThat(p.classEnd()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("ROSTER");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.result()).isEqualTo("PASS");
        });
        // One audit event for the row's four moves, naming each in order with the row and the file's SHA-256;
        // the timeline's four moves point at it.
        String sha256 = RosterImport.sha256(dir.resolve("roster.csv"));
        assertThat(team.eventsAbout("P1")).containsExactly("APPLICANT_ADDED", "DECIDE", "SIGN_OFF", RosterMoves.EVENT);
        AuditTrail.Entry event = rosterEvent("P1");
        assertThat(event.actor()).isEqualTo("sam");
        assertThat(event.details()).isEqualTo("IDENTIFIED -> NOTIFIED (attempt 1), NOTIFIED -> SCHEDULED,"
                + " SCHEDULED -> IN_TRAINING, IN_TRAINING -> COMPLETED; roster roster.csv row 2: class BA-2026-14, PASS;"
                + " roster SHA-256 " + sha256);
        assertThat(p.moves().subList(1, 5)).extracting(TrainingDetail.Move::auditSeq).containsOnly(event.seq());

        // Verified by a supervisor who did not import the roster.
        assertThatThrownBy(() -> team.sam.remediation().verify("P1"))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.OWN_EVIDENCE);
        team.sue.remediation().verify("P1");
        assertThat(team.ada.remediation().show("P1").moves().get(5).detail())
                .isEqualTo("verified on roster roster.csv row 2 (class BA-2026-14, PASS), imported by sam");
        assertThat(team.ada.verifyAudit().ok()).isTrue();
    }

    @Test
    void reImportingTheSameRosterChangesNothing() throws Exception {
        Path roster = csv("roster.csv", rows());
        team.sam.remediation().importRoster(roster);
        List<TrainingLine> before = team.ada.remediation().list(RemediationService.ListQuery.all());
        List<TrainingDetail.Move> moves = team.ada.remediation().show("P1").moves();
        long events = team.events();
        RosterReport again = team.sue.remediation().importRoster(roster);
        assertThat(again.applied()).isZero();
        assertThat(again.nothingChanged()).isTrue();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.rejected()).hasSize(11);
        assertThat(team.ada.remediation().list(RemediationService.ListQuery.all())).isEqualTo(before);
        assertThat(team.ada.remediation().show("P1").moves()).isEqualTo(moves);
        assertThat(team.events()).as("only the import itself is recorded").isEqualTo(events + 1);
    }

    @Test
    void aLaterRosterCarriesARecordOnAndAFailedRecordStartsItsNextAttempt() throws Exception {
        team.sam.remediation().importRoster(csv("roster.csv", rows()));
        RosterReport later = team.sam.remediation().importRoster(csv("later.csv", List.of(
                "R1,,,BA-2026-15,2026-02-02,2026-04-01,PASS,,,",     // 2 the running class ends with a pass
                "F1,,,BA-2026-20,2026-05-04,,,,,",                   // 3 the failed one starts a new class
                "R1,,,BA-2026-15,2026-02-02,,,,,",                   // 4 older news: unchanged
                "P1,,,BA-2026-14,2026-01-05,2026-03-01,FAIL,,,")));  // 5 contradicts the PASS
        assertThat(later.applied()).isEqualTo(2);
        assertThat(later.unchanged()).isEqualTo(1);
        assertThat(later.rejected()).singleElement().satisfies(x -> {
            assertThat(x.rowNumber()).isEqualTo(5);
            assertThat(x.reason()).contains("reports FAIL but applicant P1 is COMPLETED");
        });
        assertThat(state("R1")).isEqualTo(RemediationState.COMPLETED);
        TrainingDetail f = team.ada.remediation().show("F1");
        assertThat(f.line().state()).isEqualTo(RemediationState.IN_TRAINING);
        assertThat(f.line().attempt()).isEqualTo(2);
        assertThat(f.line().classNumber()).isEqualTo("BA-2026-20");
        assertThat(rosterEvent("F1").details()).startsWith("FAILED -> SCHEDULED (attempt 2), SCHEDULED -> IN_TRAINING;"
                + " roster later.csv row 3: class BA-2026-20, no result yet; roster SHA-256 ");
        assertThat(team.ada.verifyAudit().ok()).isTrue();
    }

    @Test
    void aRosterRowMovesTheRecordInForceNeverAVoidedOne() throws Exception {
        team.sam.remediation().move("R1", MoveRequest.to(RemediationState.NOTIFIED));
        team.signOff("R1", Track.LEO); // the ENROL record is voided; the new one needs no training
        team.signOff("W1", Track.LEO);
        team.signOff("W1", Track.ACADEMY); // voided twice over: the newest record is the ENROL one again
        RosterReport r = team.sam.remediation().importRoster(csv("roster.csv", List.of(
                "R1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,",
                "W1,,,BA-2026-14,2026-01-05,2026-03-01,PASS,,,")));
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.rowNumber()).isEqualTo(2);
            assertThat(x.reason()).contains("R1 needs no training");
        });
        assertThat(r.applied()).isEqualTo(1);
        TrainingDetail w = team.ada.remediation().show("W1");
        assertThat(w.line().state()).isEqualTo(RemediationState.COMPLETED);
        assertThat(w.earlier()).extracting(TrainingDetail.Earlier::state)
                .containsOnly(RemediationState.VOIDED);
        assertThat(team.ada.remediation().show("R1").earlier()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(RemediationState.VOIDED));
        assertThat(team.ada.verifyAudit().ok()).isTrue();
    }

    /** The newest roster event about the applicant. */
    private AuditTrail.Entry rosterEvent(String id) {
        return team.sam.audit().events(new AuditTrail.Query(null, RosterMoves.EVENT, id, null, null, null, 1)).get(0);
    }

    @Test
    void anXlsxRosterReadsLikeTheCsvWithDateCells() throws Exception {
        Path xlsx = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Roster");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i].toUpperCase(java.util.Locale.ROOT));
            }
            List<String> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",", -1);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    boolean isoDate = cells[c].matches("\\d{4}-\\d{2}-\\d{2}");
                    if (isoDate) {
                        row.createCell(c).setCellValue(LocalDate.parse(cells[c]));
                        row.getCell(c).setCellStyle(date);
                    } else if (c == 7) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
        }
        assertReport(team.sam.remediation().importRoster(xlsx));
        assertThat(team.ada.remediation().show("P1").evidence().get(0).classNumber()).isEqualTo("BA-2026-14");
        assertThat(state("M1")).isEqualTo(RemediationState.COMPLETED);
    }

    @Test
    void aFileThatIsNoRosterIsRefusedWholeAndAReviewerImportsNothing() throws Exception {
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label\nA1,Ann,LEO\n");
        assertThatThrownBy(() -> team.sam.remediation().importRoster(batch))
                .isInstanceOf(UnusableFileException.class).hasMessageContaining("is not an academy roster")
                .hasMessageContaining("class_number");
        Path roster = csv("roster.csv", rows());
        assertThatThrownBy(() -> team.rita.remediation().importRoster(roster))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(RemediationRules.CHANGE);
        assertThat(state("P1")).isEqualTo(RemediationState.IDENTIFIED);
    }
}
