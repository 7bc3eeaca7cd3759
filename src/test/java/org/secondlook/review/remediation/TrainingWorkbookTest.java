package org.secondlook.review.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.exchange.WorkbookExporter;
import org.secondlook.review.exchange.ExportFilter;
import org.secondlook.review.remediation.RemediationService.MoveRequest;

/**
 * The workbook's Training sheet on a real encrypted database: one row per record in force, words where the
 * window shows words, dates as date cells, the stored codes after them; read back with POI.
 */
class TrainingWorkbookTest {
    @TempDir
    Path dir;
    TrainingTeam team;

    @BeforeEach
    void setUp() throws Exception {
        team = new TrainingTeam(dir.resolve("data"), List.of(
                TrainingTeam.applicant(2, "P1", "Pat Pass", ClassifierLabel.LEO, "DEPLOYED", "ERO Newark", null),
                TrainingTeam.applicant(3, "E1", "Eve Enrol", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(4, "N1", "Ned None", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null),
                TrainingTeam.applicant(5, "U1", "Una Undecided", ClassifierLabel.LEO, "SELECTED", "ERO Miami", null)));
        team.signOff("P1", Track.ACADEMY);
        team.signOff("E1", Track.ACADEMY);
        team.signOff("N1", Track.LEO);
        RemediationService sam = team.sam.remediation();
        sam.move("P1", MoveRequest.to(RemediationState.NOTIFIED));
        sam.move("P1", new MoveRequest(RemediationState.SCHEDULED, "BA-2026-14", LocalDate.of(2026, 3, 9), null));
        sam.move("P1", MoveRequest.to(RemediationState.IN_TRAINING));
        sam.attachCertificate("P1", "p.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        team.sue.remediation().verify("P1");
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    @Test
    void theTrainingSheetHasOneRowPerRecordInWordsWithRealDates() throws Exception {
        Path file = dir.resolve("out.xlsx");
        new WorkbookExporter(team.clock).export(team.sam.exports().workbook(ExportFilter.ALL), "ERO Test Office", file,
                null, ExportProgress.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(4)).isEqualTo("Training");
            XSSFSheet sheet = wb.getSheet("Training");
            assertThat(texts(sheet.getRow(0))).containsExactly("Applicant id", "Office", "Action", "State", "Attempt",
                    "Class", "Report date", "Class start", "Class end", "Evidence by", "Verified by", "Verified at",
                    "Waiver reason", "Record made", "In this state since", "Action code", "State code",
                    "Waiver reason code");
            assertThat(sheet.getLastRowNum()).as("P1, E1 and N1 have records; U1 is not signed off").isEqualTo(3);
            DataFormatter f = new DataFormatter();
            Row e1 = sheet.getRow(1);
            assertThat(f.formatCellValue(e1.getCell(0))).isEqualTo("E1");
            assertThat(f.formatCellValue(e1.getCell(2))).isEqualTo("Enroll");
            assertThat(f.formatCellValue(e1.getCell(3))).isEqualTo("Identified");
            Row n1 = sheet.getRow(2);
            assertThat(f.formatCellValue(n1.getCell(2))).isEqualTo("None");
            Row p1 = sheet.getRow(3);
            assertThat(f.formatCellValue(p1.getCell(0))).isEqualTo("P1");
            assertThat(f.formatCellValue(p1.getCell(1))).isEqualTo("ERO Newark");
            assertThat(f.formatCellValue(p1.getCell(2))).isEqualTo("Recall");
            assertThat(f.formatCellValue(p1.getCell(3))).isEqualTo("Verified");
            assertThat(p1.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(f.formatCellValue(p1.getCell(5))).isEqualTo("BA-2026-14");
            assertThat(p1.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(p1.getCell(6))).as("the report date is a date cell").isTrue();
            assertThat(p1.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(f.formatCellValue(p1.getCell(6))).isEqualTo("2026-03-09");
            assertThat(f.formatCellValue(p1.getCell(9))).isEqualTo("sam");
            assertThat(f.formatCellValue(p1.getCell(10))).isEqualTo("sue");
            assertThat(DateUtil.isCellDateFormatted(p1.getCell(11))).as("verified at is a date cell").isTrue();
            assertThat(p1.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(DateUtil.isCellDateFormatted(p1.getCell(13))).isTrue();
            assertThat(f.formatCellValue(p1.getCell(15))).isEqualTo("RECALL");
            assertThat(f.formatCellValue(p1.getCell(16))).isEqualTo("VERIFIED");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
