package org.secondlook.ui.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.CurrentThreadTaskExecutor;
import org.secondlook.ui.signoff.Office;

/** The Export… dialog's model on a real encrypted store, without a window; the workbook is read back with POI. */
class ExportViewModelTest {
    @TempDir
    static Path home;
    static Office office;
    @TempDir
    Path out;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(home, 3);
        try (ReviewSession rita = office.login("rita", Office.RITA)) {
            rita.decisions().decide("S-2", Track.ACADEMY, "NON_LE_OFFICER_TITLE", "loan officer only",
                    rita.cases().load("S-2").lockVersion());
        }
    }

    private static ExportViewModel model(ReviewSession s) {
        return new ExportViewModel(s, new CurrentThreadTaskExecutor());
    }

    private static List<String> cells(Row row, int... columns) {
        return java.util.Arrays.stream(columns).mapToObj(c -> row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue())
                .toList();
    }

    private static List<AuditTrail.Entry> exportEvents(ReviewSession s) {
        return s.audit().events(new AuditTrail.Query(null, "EXPORT", null, null, null, null, 100));
    }

    private List<Path> filesInOut() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.toList();
        }
    }

    @Test
    void aSupervisorExportsTheDecidedCasesAndTheDecisionsSheetHoldsThem() throws Exception {
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            int eventsBefore = exportEvents(sam).size();
            ExportViewModel vm = model(sam);
            vm.targetProperty().set(out.resolve("decided")); // the extension is added
            vm.states().add(ReviewState.DECIDED);
            vm.officeProperty().set("ERO Newark");
            assertThat(vm.canExportProperty().get()).isTrue();

            vm.export();

            Path file = out.resolve("decided.xlsx");
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).as(vm.messageProperty().get())
                    .startsWith("Exported 1 case, ").endsWith(" to decided.xlsx.");
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(filesInOut()).containsExactly(file);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet decisions = wb.getSheet("Decisions");
                assertThat(decisions.getLastRowNum()).as("header and one case").isEqualTo(1);
                // Words where the window shows words; the codes in the columns added after them.
                assertThat(cells(decisions.getRow(1), 0, 2, 6, 8, 9, 13, 16, 17, 18)).containsExactly("S-2", "ERO Newark",
                        "Basic academy", "loan officer only", "rita", "Decided", "ACADEMY", "NON_LE_OFFICER_TITLE",
                        "DECIDED");
            }
            List<AuditTrail.Entry> events = exportEvents(sam);
            assertThat(events).hasSize(eventsBefore + 1);
            assertThat(events.get(0).actor()).isEqualTo("sam");
            assertThat(events.get(0).details()).startsWith("workbook: 1 cases, ")
                    .contains("; states [DECIDED]").contains("; office ERO Newark").doesNotContain("encrypted");
        }
    }

    @Test
    void withoutFiltersEveryCaseIsExported() throws Exception {
        try (ReviewSession ada = office.login("ada", Office.ADA)) {
            ExportViewModel vm = model(ada);
            vm.targetProperty().set(out.resolve("all.xlsx"));
            vm.export();
            assertThat(vm.resultProperty().get().decisions()).isEqualTo(3);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("all.xlsx")))) {
                Sheet decisions = wb.getSheet("Decisions");
                assertThat(List.of(decisions.getRow(1), decisions.getRow(2), decisions.getRow(3)))
                        .extracting(r -> r.getCell(0).getStringCellValue()).containsExactly("S-1", "S-2", "S-3");
            }
        }
    }

    @Test
    void anEncryptedExportNeedsThePasswordTwiceOpensOnlyWithItAndForgetsIt() throws Exception {
        AtomicReference<char[]> handedOver = new AtomicReference<>();
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            ExportViewModel vm = new ExportViewModel(sam, new CurrentThreadTaskExecutor(),
                    (filter, target, password, progress) -> {
                        handedOver.set(password);
                        return sam.exchange().export(filter, target, password, progress);
                    });
            Path file = out.resolve("leaving.xlsx");
            vm.targetProperty().set(file);
            vm.encryptProperty().set(true);
            vm.export();
            assertThat(vm.messageProperty().get()).isEqualTo("Type the password twice, or untick \"Encrypt with a password\".");
            assertThat(vm.failedProperty().get()).isTrue();
            vm.passwordProperty().set("open sesame");
            vm.confirmProperty().set("open sesame!");
            vm.export();
            assertThat(vm.messageProperty().get()).contains("not the same");
            assertThat(filesInOut()).isEmpty();

            vm.confirmProperty().set("open sesame");
            vm.export();

            assertThat(vm.messageProperty().get()).contains("leaving.xlsx").endsWith("it opens only with the password.");
            assertThat(vm.passwordProperty().get()).isEmpty();
            assertThat(vm.confirmProperty().get()).isEmpty();
            assertThat(handedOver.get()).as("the password chars are zeroed after the export").containsOnly('\0');
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                Decryptor dec = Decryptor.getInstance(new EncryptionInfo(fs));
                assertThat(dec.verifyPassword("open sesame!")).isFalse();
                assertThat(dec.verifyPassword("open sesame")).isTrue();
                try (InputStream in = dec.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    assertThat(wb.getSheet("Decisions").getLastRowNum()).isEqualTo(3);
                }
            }
            assertThat(exportEvents(sam).get(0).details()).contains(", encrypted");
        }
    }

    @Test
    void cancellingLeavesNoFileAndRecordsNoExport() throws Exception {
        AtomicReference<ExportViewModel> model = new AtomicReference<>();
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            int eventsBefore = exportEvents(sam).size();
            // The user clicks Cancel as soon as the first sheet reports its rows.
            ExportViewModel vm = new ExportViewModel(sam, new CurrentThreadTaskExecutor(),
                    (filter, target, password, progress) -> sam.exchange().export(filter, target, password,
                            new ExportProgress() {
                                @Override
                                public void rowsWritten(String sheet, long rows, double fraction) {
                                    progress.rowsWritten(sheet, rows, fraction);
                                    model.get().cancel();
                                }

                                @Override
                                public boolean isCancelled() {
                                    return progress.isCancelled();
                                }
                            }));
            model.set(vm);
            vm.targetProperty().set(out.resolve("stopped.xlsx"));
            vm.export();

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("Export canceled; nothing was written to stopped.xlsx.");
            assertThat(vm.resultProperty().get()).isNull();
            assertThat(filesInOut()).as("no workbook and no partial file").isEmpty();
            assertThat(exportEvents(sam)).hasSize(eventsBefore);
        }
    }

    @Test
    void aReviewerCannotExport() throws Exception {
        try (ReviewSession rita = office.login("rita", Office.RITA); ReviewSession ada = office.login("ada", Office.ADA)) {
            assertThat(ExportViewModel.availableTo(rita)).isFalse();
            assertThat(ExportViewModel.availableTo(ada)).isTrue();
            ExportViewModel vm = model(rita);
            vm.targetProperty().set(out.resolve("mine.xlsx"));
            assertThat(vm.canExportProperty().get()).isFalse();
            vm.export();
            assertThat(vm.messageProperty().get()).isEqualTo("Exporting needs the admin or supervisor role.");
            assertThat(filesInOut()).isEmpty();
        }
    }

    @Test
    void aFolderThatIsNotThereIsOneSentence() throws Exception {
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            ExportViewModel vm = model(sam);
            vm.targetProperty().set(out.resolve("no/such/place.xlsx"));
            vm.export();
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).startsWith("The folder ").endsWith("does not exist; choose another place to save the workbook.");
            assertThat(vm.suggestedFileName(java.time.LocalDate.of(2026, 11, 2))).isEqualTo("ero-test-2026-11-02.xlsx");
        }
    }
}
