package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad-row reason is reported with row number, id and a plain reason, and the good rows still import. */
class BadRowsTest {
    @TempDir
    Path dir;
    Collected c;

    @BeforeEach
    void readBatch() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(sub.resolve("ok.txt"), "Chief Compliance Officer");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.write(sub.resolve("empty.txt"), new byte[0]);
        Files.writeString(sub.resolve("cv.rtf"), "{\\rtf1 hi}");
        String header = "applicant_id,full_name,classifier_label,status,hire_date,classifier_score,resume_text,resume_file,classifier_evidence\n";
        String rows = String.join("\n",
                "G1,Good One,LEO,,,,I was a police officer.,,officer",               // 2 ok
                ",No Id,LEO,,,,text,,",                                              // 3 missing id
                "B2,,LEO,,,,text,,",                                                 // 4 missing name
                "B3,Bea,,,,,text,,",                                                 // 5 missing label
                "B4,Bea,MAYBE,,,,text,,",                                            // 6 unknown label
                "B5,Bea,LEO,,,,,,",                                                  // 7 neither text nor file
                "B6,Bea,LEO,,,,,missing.pdf,",                                       // 8 missing résumé file
                "B7,Bea,LEO,,,,,../secret.txt,",                                     // 9 escapes the folder
                "B8,Bea,LEO,,,,,../../etc/passwd,",                                  // 10 escapes the folder
                "B9,Bea,LEO,,,,short text,,\"[{\"\"start\"\":6,\"\"end\"\":99,\"\"term\"\":\"\"x\"\"}]\"", // 11 span outside
                "B10,Bea,LEO,,,,short text,,\"[{\"\"start\"\":6,\"\"end\"\" 9}]\"",  // 12 bad JSON
                "G1,Good Again,LEO,,,,text,,",                                       // 13 duplicate id
                "B11,Bea,LEO,,14/03/2021,,text,,",                                   // 14 bad hire date
                "B12,Bea,LEO,,,1.7,text,,",                                          // 15 score above 1
                "B13,Bea,LEO,,,high,text,,",                                         // 16 score not a number
                "B14,Bea,LEO,HIRED,,,text,,",                                        // 17 bad status
                "B15,Bea,LEO,,,,,empty.txt,",                                        // 18 résumé file with no text
                "B16,Bea,LEO,,,,,cv.rtf,",                                           // 19 unsupported résumé type
                "G2,Good Two,NON_LEO,deployed,2022-02-28,0,,ok.txt,officer;sheriff", // 20 ok, term not found
                "B17,Bea,LEO,,,,,/etc/passwd,",                                      // 21 absolute path
                "");
        Path batch = sub.resolve("batch.csv");
        Files.writeString(batch, header + rows);
        c = new Collected();
        new BatchReader().read(batch, c, BatchReader.Progress.NONE);
    }

    @Test
    void goodRowsImport() {
        assertThat(c.accepted).extracting(ApplicantRecord::applicantId).containsExactly("G1", "G2");
        ApplicantRecord g2 = c.byId("G2");
        assertThat(g2.status()).isEqualTo("DEPLOYED");
        assertThat(g2.classifierScore()).isEqualTo(0.0);
        assertThat(g2.evidence()).hasSize(1);
        assertThat(g2.notes()).containsExactly("evidence term 'sheriff' does not occur in the résumé text");
        assertThat(c.rejected).hasSize(18);
    }

    @Test
    void missingRequiredFields() {
        assertThat(c.rejectionOfRow(3)).isEqualTo(new RowRejection(3, null, "applicant_id is missing"));
        assertThat(c.rejectionOfRow(4)).isEqualTo(new RowRejection(4, "B2", "full_name is missing"));
        assertThat(c.rejectionOfRow(5)).isEqualTo(new RowRejection(5, "B3", "classifier_label is missing"));
        assertThat(c.rejectionOfRow(6).reason()).isEqualTo("classifier_label 'MAYBE' is not LEO or NON_LEO");
        assertThat(c.rejectionOfRow(7).reason()).isEqualTo("the résumé is missing: give resume_text or resume_file");
    }

    @Test
    void resumeFileProblems() {
        assertThat(c.rejectionOfRow(8)).isEqualTo(new RowRejection(8, "B6", "résumé file 'missing.pdf' was not found in the batch file's folder"));
        assertThat(c.rejectionOfRow(9).reason()).isEqualTo("résumé file '../secret.txt' points outside the batch file's folder");
        assertThat(c.rejectionOfRow(10).reason()).isEqualTo("résumé file '../../etc/passwd' points outside the batch file's folder");
        assertThat(c.rejectionOfRow(21).reason()).isEqualTo("résumé file '/etc/passwd' must be a path relative to the batch file's folder");
        assertThat(c.rejectionOfRow(18).reason()).isEqualTo("résumé file 'empty.txt' contains no text");
        assertThat(c.rejectionOfRow(19).reason()).isEqualTo("résumé file 'cv.rtf' is not a .txt, .pdf or .docx file");
    }

    @Test
    void evidenceProblems() {
        assertThat(c.rejectionOfRow(11).reason()).isEqualTo("classifier_evidence span 6–99 lies outside the résumé text (10 characters)");
        assertThat(c.rejectionOfRow(12).reason()).isEqualTo("classifier_evidence is not valid JSON (error near character 19)");
    }

    @Test
    void duplicateIdNamesTheFirstRow() {
        assertThat(c.rejectionOfRow(13)).isEqualTo(new RowRejection(13, "G1", "applicant_id G1 appears twice in this file (first on row 2)"));
    }

    @Test
    void badDatesScoresAndStatuses() {
        assertThat(c.rejectionOfRow(14).reason()).isEqualTo("hire_date '14/03/2021' is not a date in the form YYYY-MM-DD");
        assertThat(c.rejectionOfRow(15).reason()).isEqualTo("classifier_score '1.7' is not a number from 0 to 1");
        assertThat(c.rejectionOfRow(16).reason()).isEqualTo("classifier_score 'high' is not a number from 0 to 1");
        assertThat(c.rejectionOfRow(17).reason()).isEqualTo("status 'HIRED' is not one of APPLICANT, SELECTED, IN_TRAINING, DEPLOYED");
    }

    @Test
    void severalProblemsInOneRowAreAllNamed() throws Exception {
        Path batch = dir.resolve("two.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,hire_date\nX1,,NOPE,yesterday\n");
        Collected two = new Collected();
        new BatchReader().read(batch, two, BatchReader.Progress.NONE);
        assertThat(two.rejectionOfRow(2).reason()).isEqualTo("full_name is missing; classifier_label 'NOPE' is not LEO or NON_LEO; "
                + "hire_date 'yesterday' is not a date in the form YYYY-MM-DD; the résumé is missing: give resume_text or resume_file");
    }

    @Test
    void aLinkThatLeadsOutOfTheFolderIsRefused() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(sub.resolve("cv.txt"), dir.resolve("secret.txt"));
        Path batch = sub.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,resume_file\nL1,Al,LEO,cv.txt\n");
        Collected linked = new Collected();
        new BatchReader().read(batch, linked, BatchReader.Progress.NONE);
        assertThat(linked.rejectionOfRow(2).reason()).isEqualTo("résumé file 'cv.txt' points outside the batch file's folder");
    }
}
