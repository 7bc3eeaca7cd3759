package org.secondlook.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.exchange.WorkbookExporter;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.Fixtures;
import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.review.cases.Span;
import org.secondlook.review.ReviewSession;

/** The export read side on a real encrypted database, written through the real workbook writer. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class DatabaseExportsTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path tmp;
    org.secondlook.review.Workstation ws;

    private static ApplicantRecord row(int n, String id, String name, String office, ClassifierLabel label, String text,
                                       List<EvidenceSpan> evidence) {
        return new ApplicantRecord(n, id, name, null, null, office, "SELECTED", null, text, null, "TEXT", label, 0.8,
                evidence, "screener-2", Map.of(), List.of());
    }

    @BeforeEach
    void importThree() throws Exception {
        ws = Fixtures.initialized(tmp.resolve("data"), store);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(
                    row(1, "000123", "Ana Ruiz", "ERO Denver", ClassifierLabel.LEO,
                            "Security Officer at Mall of Denver, 2019-2024.",
                            List.of(new EvidenceSpan(0, 16, "Security Officer"))),
                    row(2, "4567", "=HYPERLINK(\"http://evil.example\",\"x\")", "ERO Newark", ClassifierLabel.LEO,
                            "Police Officer, Newark Police Department, 2010-2018.",
                            List.of(new EvidenceSpan(0, 14, "Police Officer"))),
                    row(3, "A-9", "@Cara", "ERO Denver", ClassifierLabel.NON_LEO, "Barista at a cafe.", List.of())));
        }
    }

    private ExportResult export(ExportFilter filter, Path out) throws Exception {
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            return new WorkbookExporter(Clock.systemUTC()).export(s.exports().workbook(filter), s.officeName(), out,
                    null, ExportProgress.NONE);
        }
    }

    @Test
    void everyCaseWithIdsAsImportedToolEvidenceFindingsAndItsAuditEvents() throws Exception {
        Path out = tmp.resolve("all.xlsx");
        ExportResult r = export(ExportFilter.ALL, out);

        assertThat(r.decisions()).isEqualTo(3);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet d = wb.getSheet("Decisions");
            assertThat(d.getRow(1).getCell(0).getStringCellValue()).isEqualTo("000123");
            assertThat(d.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ana Ruiz");
            assertThat(d.getRow(1).getCell(3).getStringCellValue()).isEqualTo("LEO");
            assertThat(d.getRow(1).getCell(4)).as("the analyzer's verdict").isNotNull();
            assertThat(d.getRow(1).getCell(6)).as("undecided: no track").isNull();
            assertThat(d.getRow(1).getCell(13).getStringCellValue()).isEqualTo("New");
            assertThat(d.getRow(2).getCell(0).getStringCellValue()).isEqualTo("4567");
            assertThat(d.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(d.getRow(3).getCell(1).getStringCellValue()).isEqualTo("@Cara");
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet ev = wb.getSheet("Evidence");
            boolean toolSpan = false;
            boolean finding = false;
            for (Row row : ev) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String kind = row.getCell(6).getStringCellValue(); // the kind's code (column B shows it in words)
                if (kind.equals(Span.TOOL_EVIDENCE) && row.getCell(0).getStringCellValue().equals("4567")) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Police Officer");
                    toolSpan = true;
                } else if (!kind.equals(Span.TOOL_EVIDENCE)) {
                    int start = (int) row.getCell(2).getNumericCellValue();
                    int end = (int) row.getCell(3).getNumericCellValue();
                    assertThat(row.getCell(4).getStringCellValue()).hasSize(end - start);
                    finding = true;
                }
            }
            assertThat(toolSpan).isTrue();
            // Findings depend on the analysis policy; where there are any, their text is the span's (checked above).
            assertThat(finding || ev.getLastRowNum() == 2).isTrue();
            Sheet audit = wb.getSheet("Audit");
            assertThat(audit.getLastRowNum()).isGreaterThanOrEqualTo(3);
            assertThat(audit.getRow(1).getCell(6).getStringCellValue()).hasSize(64);
        }
    }

    private static final char[] RITA_PW = "reads every resume twice".toCharArray();
    private static final char[] SAM_PW = "a long supervisor phrase here".toCharArray();

    @Test
    void anExportOfEveryCaseHoldsEveryToolLabelAndTheWholeAuditTrailInWordsNotCodes() throws Exception {
        String id;
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            admin.accounts().add("rita", java.util.EnumSet.of(org.secondlook.domain.Role.REVIEWER), RITA_PW);
            admin.accounts().add("sam", java.util.EnumSet.of(org.secondlook.domain.Role.SUPERVISOR), SAM_PW);
        }
        id = "000123";
        try (ReviewSession rita = ws.login("rita", RITA_PW); ReviewSession sam = ws.login("sam", SAM_PW)) {
            rita.decisions().decide(id, org.secondlook.domain.Track.ACADEMY, "NON_LE_OFFICER_TITLE", "mall security",
                    rita.cases().load(id).lockVersion());
            sam.signOffs().approve(id, sam.cases().load(id).lockVersion());
        }
        Path out = tmp.resolve("everything.xlsx");
        export(ExportFilter.ALL, out);
        long events;
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            events = s.verifyAudit().events();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet audit = wb.getSheet("Audit");
            List<String> types = new java.util.ArrayList<>();
            for (Row row : audit) {
                if (row.getRowNum() > 0) {
                    assertThat((long) row.getCell(0).getNumericCellValue()).as("every event, in order").isEqualTo(row.getRowNum());
                    types.add(row.getCell(3).getStringCellValue());
                }
            }
            assertThat((long) types.size()).as("the whole audit trail").isEqualTo(events);
            assertThat(types).contains("INITIALIZE", "IMPORT", "USER_ADD", "DECIDE", "SIGN_OFF");

            Map<String, String> summary = new java.util.HashMap<>();
            for (Row row : wb.getSheet("Summary")) {
                if (row.getRowNum() > 0 && row.getCell(2) != null) {
                    summary.put(row.getCell(0).getStringCellValue() + "/" + row.getCell(1).getStringCellValue(),
                            (long) row.getCell(2).getNumericCellValue() + (row.getCell(3) == null ? ""
                                    : " " + row.getCell(3).getStringCellValue()));
                }
            }
            assertThat(summary).containsEntry("Tool's labels/LEO", "2 LEO").containsEntry("Tool's labels/Not LEO", "1 NON_LEO")
                    .containsEntry("State/Signed off", "1 SIGNED_OFF").containsEntry("State/New", "2 NEW")
                    .containsEntry("Track/Basic academy", "1 ACADEMY")
                    .containsEntry("Reason/" + ReasonCodeList.standard().label("NON_LE_OFFICER_TITLE"), "1 NON_LE_OFFICER_TITLE");

            Sheet d = wb.getSheet("Decisions");
            Row decided = d.getRow(1);
            assertThat(decided.getCell(0).getStringCellValue()).isEqualTo(id);
            assertThat(decided.getCell(6).getStringCellValue()).isEqualTo("Basic academy");
            assertThat(decided.getCell(7).getStringCellValue()).isEqualTo(ReasonCodeList.standard().label("NON_LE_OFFICER_TITLE"));
            assertThat(decided.getCell(13).getStringCellValue()).isEqualTo("Signed off");
            assertThat(decided.getCell(16).getStringCellValue()).isEqualTo("ACADEMY");
            assertThat(decided.getCell(17).getStringCellValue()).isEqualTo("NON_LE_OFFICER_TITLE");
            assertThat(decided.getCell(18).getStringCellValue()).isEqualTo("SIGNED_OFF");
            java.util.Set<String> codes = java.util.Set.of("LEO", "NON_LEO", "LE", "NOT_LE", "UNCERTAIN", "ACADEMY", "NEW",
                    "DECIDED", "SIGNED_OFF", "RETURNED", "REFERRED", "NON_LE_OFFICER_TITLE");
            for (Row row : d) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                for (int c : new int[] {4, 6, 7, 13}) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        assertThat(codes).as("words, not codes, in %s", cell.getAddress()).doesNotContain(cell.getStringCellValue());
                    }
                }
                assertThat(row.getCell(3).getStringCellValue()).isIn("LEO", "Not LEO");
            }
            for (Row row : wb.getSheet("Evidence")) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getStringCellValue()).as("the kind in words").doesNotContain("_");
                    assertThat(row.getCell(6).getStringCellValue()).as("the kind's code").matches("[A-Z_]+");
                }
            }
        }
    }

    @Test
    void theFilterSelectsByStateOfficeAndDate() throws Exception {
        assertThat(export(new ExportFilter(Set.of(ReviewState.NEW), "ERO Denver", null), tmp.resolve("a.xlsx"))
                .decisions()).isEqualTo(2);
        assertThat(export(new ExportFilter(Set.of(ReviewState.SIGNED_OFF), null, null), tmp.resolve("b.xlsx"))
                .decisions()).isZero();
        assertThat(export(new ExportFilter(Set.of(), null, LocalDate.now().plusDays(2)), tmp.resolve("c.xlsx"))
                .decisions()).isZero();
        ExportResult denver = export(new ExportFilter(Set.of(), "ERO Newark", LocalDate.now().minusDays(2)),
                tmp.resolve("d.xlsx"));
        assertThat(denver.decisions()).isEqualTo(1);
        assertThat(denver.evidence()).isPositive();
    }
}
