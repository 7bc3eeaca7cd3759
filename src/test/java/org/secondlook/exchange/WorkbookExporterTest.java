package org.secondlook.exchange;
import org.secondlook.review.exchange.ExportCancelledException;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;

import org.secondlook.review.exchange.ExportSource;
import org.secondlook.review.exchange.DecisionRow;
import org.secondlook.review.exchange.EvidenceRow;
import org.secondlook.review.exchange.AuditRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.InvalidInputException;

class WorkbookExporterTest {
    private static final Instant DECIDED = Instant.parse("2026-11-20T14:30:05Z");
    private static final Instant SIGNED = Instant.parse("2026-11-21T09:01:02Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final WorkbookExporter exporter = new WorkbookExporter(CLOCK);

    static ListExportSource sample() {
        List<DecisionRow> decisions = List.of(
                new DecisionRow("000123", "Ana Ruiz", "ERO Newark", "LEO", "NOT_LE", null, "ACADEMY",
                        "NOT_SWORN_ROLE", "Security officer at a mall", "rita", DECIDED, "sam", SIGNED, "SIGNED_OFF"),
                new DecisionRow("4567", "Ben Okafor", "ERO Denver", "LEO", "LE", 86, "LEO", "SWORN_EMPLOYMENT", null,
                        "rita", DECIDED, null, null, "DECIDED"),
                new DecisionRow("A-9", "Cara Lind", "ERO Denver", "NON_LEO", "UNCERTAIN", 12, null, null, null, null,
                        null, null, null, "NEW"));
        List<EvidenceRow> evidence = List.of(
                new EvidenceRow("000123", "TOOL_EVIDENCE", 10, 26, "Security Officer", null),
                new EvidenceRow("4567", "LE_EMPLOYMENT", 120, 134, "Police Officer", "Sworn municipal police role."));
        List<AuditRow> audit = List.of(
                new AuditRow(1, DECIDED.minusSeconds(3600), "admin", "IMPORT", "000123", "batch.csv", "ab".repeat(32)),
                new AuditRow(2, DECIDED, "rita", "DECIDE", "000123", "ACADEMY NOT_SWORN_ROLE", "cd".repeat(32)));
        return new ListExportSource(decisions, evidence, audit);
    }

    @Test
    void everySheetReadsBackWithTextIdsRealDatesFrozenHeaderAndAutofilter() throws IOException {
        Path file = dir.resolve("out.xlsx");
        ExportResult result = exporter.export(sample(), "ERO Denver", file, null, ExportProgress.NONE);

        assertThat(result.decisions()).isEqualTo(3);
        assertThat(result.evidence()).isEqualTo(2);
        assertThat(result.auditEvents()).isEqualTo(2);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Decisions", "Evidence", "Audit", "Summary");

            XSSFSheet decisions = wb.getSheet("Decisions");
            assertThat(texts(decisions.getRow(0))).containsExactly(WorkbookExporter.DECISION_HEADERS);
            Row first = decisions.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("000123");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Ana Ruiz");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("LEO");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Not law enforcement");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Basic academy");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Security officer at a mall");
            assertDateCell(first.getCell(10), LocalDateTime.of(2026, 11, 20, 14, 30, 5));
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("sam");
            assertDateCell(first.getCell(12), LocalDateTime.of(2026, 11, 21, 9, 1, 2));
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("Signed off");
            assertThat(java.util.stream.IntStream.rangeClosed(14, 18).mapToObj(c -> first.getCell(c).getStringCellValue()))
                    .as("the codes, in columns of their own")
                    .containsExactly("LEO", "NOT_LE", "ACADEMY", "NOT_SWORN_ROLE", "SIGNED_OFF");
            Row second = decisions.getRow(2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("4567");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(86.0);
            Row undecided = decisions.getRow(3);
            assertThat(undecided.getCell(0).getStringCellValue()).isEqualTo("A-9");
            for (int c = 6; c <= 12; c++) {
                assertThat(undecided.getCell(c)).as("decision column %d of an undecided case", c).isNull();
            }
            assertThat(undecided.getCell(13).getStringCellValue()).isEqualTo("New");
            assertThat(undecided.getCell(3).getStringCellValue()).isEqualTo("Not LEO");
            assertThat(undecided.getCell(16)).as("no track code").isNull();
            assertThat(undecided.getCell(18).getStringCellValue()).isEqualTo("NEW");
            assertThat(decisions.getLastRowNum()).isEqualTo(3);

            for (String name : List.of("Decisions", "Evidence", "Audit", "Summary")) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getPaneInformation()).as(name + " frozen header").isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name + " autofilter").isTrue();
                assertThat(s.getColumnWidth(0)).as(name + " column width").isGreaterThan(256 * 7);
            }
            assertThat(decisions.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S4");

            XSSFSheet evidence = wb.getSheet("Evidence");
            assertThat(texts(evidence.getRow(0))).containsExactly(WorkbookExporter.EVIDENCE_HEADERS);
            Row ev = evidence.getRow(2);
            assertThat(ev.getCell(0).getStringCellValue()).isEqualTo("4567");
            assertThat(ev.getCell(1).getStringCellValue()).isEqualTo("Law-enforcement employment");
            assertThat(ev.getCell(6).getStringCellValue()).isEqualTo("LE_EMPLOYMENT");
            assertThat(ev.getCell(2).getNumericCellValue()).isEqualTo(120.0);
            assertThat(ev.getCell(3).getNumericCellValue()).isEqualTo(134.0);
            assertThat(ev.getCell(4).getStringCellValue()).isEqualTo("Police Officer");
            assertThat(ev.getCell(5).getStringCellValue()).isEqualTo("Sworn municipal police role.");

            XSSFSheet audit = wb.getSheet("Audit");
            assertThat(texts(audit.getRow(0))).containsExactly(WorkbookExporter.AUDIT_HEADERS);
            Row ev2 = audit.getRow(2);
            assertThat(ev2.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertDateCell(ev2.getCell(1), LocalDateTime.of(2026, 11, 20, 14, 30, 5));
            assertThat(ev2.getCell(3).getStringCellValue()).isEqualTo("DECIDE");
            assertThat(ev2.getCell(6).getStringCellValue()).isEqualTo("cd".repeat(32));
        }
    }

    @Test
    void theStyleSheetNamesItsDefaultCellStyleSoReadersDoNotWarn() throws IOException {
        Path file = dir.resolve("styles.xlsx");
        exporter.export(sample(), "ERO Denver", file, null, ExportProgress.NONE);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(styles).containsOnlyOnce("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
            assertThat(styles.indexOf("<cellStyles")).as("after the cell formats, as the schema orders them")
                    .isGreaterThan(styles.indexOf("</cellXfs>"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Decisions").getRow(1).getCell(0).getStringCellValue()).isEqualTo("000123");
        }
    }

    @Test
    void summaryCountsByStateOfficeTrackAndReasonWithOverridesAndAChart() throws IOException {
        Path file = dir.resolve("summary.xlsx");
        exporter.export(sample(), "ERO Denver", file, null, ExportProgress.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet summary = wb.getSheet("Summary");
            Map<String, Double> counts = new HashMap<>();
            for (Row r : summary) {
                if (r.getRowNum() > 0 && r.getCell(2) != null) {
                    counts.put(r.getCell(0).getStringCellValue() + "/" + r.getCell(1).getStringCellValue(),
                            r.getCell(2).getNumericCellValue());
                }
            }
            assertThat(counts).containsEntry("Cases/all exported", 3.0)
                    .containsEntry("State/Signed off", 1.0).containsEntry("State/Decided", 1.0)
                    .containsEntry("State/New", 1.0)
                    .containsEntry("Office/ERO Newark", 1.0).containsEntry("Office/ERO Denver", 2.0)
                    .containsEntry("Track/Basic academy", 1.0).containsEntry("Track/LEO program", 1.0)
                    .containsEntry("Track/(undecided)", 1.0)
                    .containsEntry("Reason/NOT_SWORN_ROLE", 1.0).containsEntry("Reason/SWORN_EMPLOYMENT", 1.0)
                    .containsEntry("Tool's labels/LEO", 2.0).containsEntry("Tool's labels/Not LEO", 1.0)
                    .containsEntry("Overridden/" + SummarySheet.LEO_OVERRIDDEN, 1.0)
                    .containsEntry("Overridden/" + SummarySheet.NON_LEO_OVERRIDDEN, 0.0);
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("ERO Denver");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Times are in");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Z");

            assertThat(summary.getDrawingPatriarch()).isNotNull();
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            String chartXml = summary.getDrawingPatriarch().getCharts().get(0).getCTChart().toString();
            assertThat(chartXml).contains("barChart").contains("Summary!$C$").contains(SummarySheet.LEO_OVERRIDDEN);
        }
    }

    @Test
    void hostileValuesStayTextExactlyAsTypedAndNoFormulaIsWrittenAnywhere() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3*4", "@SUM(A1:A2)",
                "\t=1+1", "\r=cmd|' /C calc'!A0", "=1+1\r\nsecond line", "plain text");
        List<DecisionRow> decisions = new ArrayList<>();
        List<EvidenceRow> evidence = new ArrayList<>();
        List<AuditRow> audit = new ArrayList<>();
        int i = 0;
        for (String h : hostile) {
            decisions.add(new DecisionRow(h, h, h, "LEO", "LE", 1, "LEO", h, h, h, DECIDED, h, SIGNED, h));
            evidence.add(new EvidenceRow(h, h, 0, 1, h, h));
            audit.add(new AuditRow(++i, DECIDED, h, h, h, h, h));
        }
        Path file = dir.resolve("hostile.xlsx");
        exporter.export(new ListExportSource(decisions, evidence, audit), "=office", file, null, ExportProgress.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            int hostileCellsSeen = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
                            hostileCellsSeen++;
                        }
                    }
                }
            }
            // Decisions (8, and the reason and state codes), Evidence (4, and the kind code), Audit, Summary keys
            // (3, and the state and reason codes): an unknown code has no words, so it shows as it is.
            assertThat(hostileCellsSeen).isEqualTo(hostile.size() * ((8 + 2) + (4 + 1) + 5 + (3 + 2)));
            assertThat(hostileCellsSeen).isPositive();

            Sheet d = wb.getSheet("Decisions");
            for (int r = 1; r <= hostile.size(); r++) {
                String expected = hostile.get(r - 1);
                for (int c : new int[] {0, 1, 2, 7, 8, 9, 11, 13}) {
                    Cell cell = d.getRow(r).getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(expected);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(!expected.equals("plain text"));
                }
            }
        }
        // The file's XML itself: not one formula element in any worksheet.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> sheets = zip.stream().filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml")).toList();
            assertThat(sheets).as("Decisions, Evidence, Audit, Summary, Training").hasSize(5);
            for (ZipEntry e : sheets) {
                try (InputStream in = zip.getInputStream(e)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as(e.getName()).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
        }
    }

    @Test
    void passwordGivesAnEncryptedWorkbookThatOpensWithThatPasswordOnly() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        ExportResult result = exporter.export(sample(), "ERO Denver", file, "c0rrect horse".toCharArray(),
                ExportProgress.NONE);

        assertThat(result.encrypted()).isTrue();
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            assertThat(FileMagic.valueOf(in)).isEqualTo(FileMagic.OLE2);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor decryptor = Decryptor.getInstance(info);
            assertThat(decryptor.verifyPassword("wrong")).isFalse();
            assertThat(decryptor.verifyPassword("c0rrect horse")).isTrue();
            try (InputStream data = decryptor.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(data)) {
                assertThat(wb.getSheet("Decisions").getRow(1).getCell(0).getStringCellValue()).isEqualTo("000123");
                assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
            }
        }
    }

    @Test
    void anEmptyExportHasHeadersAndZeroCounts() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        ExportResult result = exporter.export(new ListExportSource(List.of(), List.of(), List.of()), "X", file, null,
                ExportProgress.NONE);
        assertThat(result.decisions()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Decisions").getLastRowNum()).isZero();
            assertThat(texts(wb.getSheet("Decisions").getRow(0))).containsExactly(WorkbookExporter.DECISION_HEADERS);
        }
    }

    @Test
    void aFailureHalfwayKeepsTheOldFileAndLeavesNoPartialFile() throws IOException {
        Path file = dir.resolve("keep.xlsx");
        Files.writeString(file, "the previous export");
        ExportSource broken = new ExportSource() {
            @Override
            public Stream<DecisionRow> decisions() {
                return sample().decisions();
            }

            @Override
            public Stream<EvidenceRow> evidence() {
                throw new java.io.UncheckedIOException(new IOException("disk went away"));
            }

            @Override
            public Stream<AuditRow> auditEvents() {
                return Stream.empty();
            }
        };

        assertThatThrownBy(() -> exporter.export(broken, "X", file, null, ExportProgress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("disk went away");
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void cancellingStopsAndWritesNothing() throws IOException {
        List<DecisionRow> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(new DecisionRow("id" + i, "n", "o", "LEO", null, null, null, null, null, null, null, null, null,
                    "NEW"));
        }
        ExportProgress cancelAtOnce = new ExportProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path file = dir.resolve("cancelled.xlsx");
        assertThatThrownBy(() -> exporter.export(new ListExportSource(many, List.of(), List.of()), "X", file, null,
                cancelAtOnce)).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSmallExportCancelledBeforeItsFirstThousandRowsWritesNothing() throws IOException {
        ExportProgress cancelAtOnce = new ExportProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path file = dir.resolve("small.xlsx");
        assertThatThrownBy(() -> exporter.export(sample(), "X", file, null, cancelAtOnce))
                .isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCancelWhileTheLastSheetIsWrittenKeepsThePreviousFileAndLeavesNoPart() throws IOException {
        Path file = Files.writeString(dir.resolve("kept.xlsx"), "the previous export");
        ExportProgress cancelOnAudit = new ExportProgress() {
            private volatile boolean cancelled;

            @Override
            public void rowsWritten(String sheet, long rows, double fraction) {
                if (sheet.equals("Audit")) {
                    cancelled = true; // the user clicks Cancel just as the audit sheet is done
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        assertThatThrownBy(() -> exporter.export(sample(), "X", file, null, cancelOnAudit))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderIsRefusedWithASentence() {
        Path file = dir.resolve("no/such/folder/out.xlsx");
        assertThatThrownBy(() -> exporter.export(sample(), "X", file, null, ExportProgress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static void assertDateCell(Cell cell, LocalDateTime expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
    }
}
