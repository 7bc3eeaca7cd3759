package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;

/**
 * {@code bench export-db}, small: it builds a database, exports every case from it through the real export, and
 * prints its figures as {@code name = number unit}; the workbook it wrote opens and holds every case once.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class BenchExportDbCommandTest {
    private static final int CASES = 60;

    @Parameter
    StoreKind store;

    @TempDir
    Path tmp;

    @Test
    void timesTheRealExportOfEveryCaseAndTheWorkbookHoldsThemAll() throws Exception {
        Path workbook = tmp.resolve("bench.xlsx");
        List<String> args = new ArrayList<>();
        if (store == StoreKind.POSTGRESQL) {
            PostgresServer.Db db = PostgresServer.database();
            args.addAll(List.of("--database", db.url(), "--database-password-file", db.passwordFile().toString()));
        }
        args.addAll(List.of("bench", "export-db", "--count", String.valueOf(CASES), "--output", workbook.toString()));
        CliRunner.Result r = new CliRunner(tmp.resolve("data")).run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("(?m)^export_db_cases = " + CASES + " cases \\(imported in \\d+\\.\\d s\\)$")
                .containsPattern("(?m)^export_db_decisions = \\d+ decisions")
                .containsPattern("(?m)^export_db_rows = \\d+ rows \\(" + CASES + " cases, \\d+ evidence, \\d+ audit events\\)$")
                .containsPattern("(?m)^export_db_total = \\d+\\.\\d s \\(budget: <= 30 s for 200,000 cases; on "
                        + store.name().toLowerCase(java.util.Locale.ROOT) + "\\)$")
                .containsPattern("(?m)^export_db_heap_peak = \\d+ MB \\(budget: run with -Xmx256m")
                .containsPattern("(?m)^export_db_cpu = \\d+\\.\\d s \\(the process's CPU time during the export")
                .containsPattern("(?m)^export_db_load = -?\\d+\\.\\d \\(the machine's load average");

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet decisions = wb.getSheet("Decisions");
            Set<String> ids = new HashSet<>();
            int decided = 0;
            for (Row row : decisions) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                ids.add(row.getCell(0).getStringCellValue());
                if (row.getCell(16) != null && !row.getCell(16).getStringCellValue().isEmpty()) {
                    decided++; // the track code: a decision from the review history
                }
            }
            assertThat(decisions.getLastRowNum()).isEqualTo(CASES);
            assertThat(ids).hasSize(CASES);
            assertThat(decided).isPositive();
            Sheet evidence = wb.getSheet("Evidence");
            assertThat(evidence.getLastRowNum()).isPositive();
            for (Row row : evidence) {
                if (row.getRowNum() > 0) {
                    assertThat(ids).contains(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(4).getStringCellValue()).as("the span's text").isNotBlank();
                }
            }
            assertThat(wb.getSheet("Audit").getLastRowNum()).isGreaterThanOrEqualTo(CASES);
        }
    }
}
