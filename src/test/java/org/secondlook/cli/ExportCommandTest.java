package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's options and output; the rows themselves are covered by DatabaseExportsTest. */
class ExportCommandTest {
    @TempDir
    Path tmp;
    Path pw;
    CliRunner cli;

    @BeforeEach
    void init() throws Exception {
        pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "violet tangerine harbor\n");
        cli = new CliRunner(tmp.resolve("data"));
        assertThat(cli.run("init", "--admin", "ada", "--password-file", pw.toString(), "--office", "ERO Denver").code())
                .isZero();
    }

    private CliRunner.Result as(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--user";
        all[1] = "ada";
        all[2] = "--password-file";
        all[3] = pw.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    @Test
    void writesTheWorkbookAndPrintsNameValueLines() throws Exception {
        Path out = tmp.resolve("all.xlsx");
        CliRunner.Result r = as("export", "--output", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains("cases = 0", "encrypted = no", "file = " + out.toAbsolutePath());
        assertThat(r.out().lines()).allMatch(l -> l.matches("[a-z_]+ = .*"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).isEqualTo("ERO Denver");
        }
    }

    @Test
    void anImportedBatchExportsWithIdsAsImportedAndHostileNamesAsText() throws Exception {
        Path batch = tmp.resolve("batch.csv");
        Files.writeString(batch, """
                applicant_id,full_name,field_office,classifier_label,classifier_evidence,resume_text
                000123,Ana Ruiz,ERO Denver,LEO,Security Officer,"Security Officer at Mall of Denver, 2019-2024."
                4567,"=HYPERLINK(""http://evil.example"",""x"")",ERO Newark,LEO,Police Officer,"Police Officer, Newark PD, 2010-2018."
                A-9,@Cara,ERO Denver,NON_LEO,,Barista at a cafe.
                """);
        CliRunner.Result imported = as("import", batch.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        Path out = tmp.resolve("batch.xlsx");
        CliRunner.Result r = as("export", "--output", out.toString(), "--office", "ERO Denver");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cases = 2");
        Path all = tmp.resolve("all.xlsx");
        assertThat(as("export", "--output", all.toString()).out()).contains("cases = 3");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(all))) {
            var d = wb.getSheet("Decisions");
            assertThat(d.getRow(1).getCell(0).getStringCellValue()).isEqualTo("000123");
            assertThat(d.getRow(2).getCell(0).getStringCellValue()).isEqualTo("4567");
            assertThat(d.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(d.getRow(3).getCell(1).getStringCellValue()).isEqualTo("@Cara");
            assertThat(d.getRow(2).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void theSubCommandsPasswordFileEncryptsTheWorkbook() throws Exception {
        Path bookPw = tmp.resolve("book.txt");
        Files.writeString(bookPw, "open sesame\r\n");
        Path out = tmp.resolve("denver.xlsx");
        CliRunner.Result r = as("export", "--output", out.toString(), "--state", "NEW,DECIDED", "--office", "ERO Denver",
                "--since", "2026-01-01", "--password-file", bookPw.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("encrypted = yes");
        try (POIFSFileSystem fs = new POIFSFileSystem(out.toFile(), true)) {
            Decryptor dec = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(dec.verifyPassword("open sesame")).isTrue();
            try (InputStream in = dec.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet("Decisions").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Applicant id");
            }
        }
    }

    @Test
    void badOptionsAreOneSentenceWithExitCode2() {
        CliRunner.Result state = as("export", "--output", tmp.resolve("x.xlsx").toString(), "--state", "DONE");
        assertThat(state.code()).isEqualTo(2);
        assertThat(state.err().strip()).isEqualTo("Unknown state 'DONE': use NEW, REFERRED, DECIDED, RETURNED or SIGNED_OFF.");
        CliRunner.Result date = as("export", "--output", tmp.resolve("x.xlsx").toString(), "--since", "yesterday");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("YYYY-MM-DD");
        CliRunner.Result folder = as("export", "--output", tmp.resolve("no/such/x.xlsx").toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist").doesNotContain("\tat ");
    }
}
