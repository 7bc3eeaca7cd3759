package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;

class CsvBatchTest {
    @TempDir
    Path dir;

    private Collected read(Path file) throws Exception {
        Collected c = new Collected();
        new BatchReader().read(file, c, BatchReader.Progress.NONE);
        return c;
    }

    @Test
    void readsAllFieldsOfAUtf8CsvWithBomAndQuotedNewlines() throws Exception {
        String csv = "\uFEFFApplicant_ID,Full Name,EMAIL,phone,field_office,status,hire_date,resume_text,classifier_label,"
                + "classifier_score,classifier_evidence,classifier_model,Recruiter\r\n"
                + "A-1,José Núñez,jn@example.org,555-0100,ERO Newark,in_training,2023-04-03,\"Police Officer, Camden PD\n"
                + "2010–2018, \"\"patrol\"\"\",LEO,0.93,officer,kw-1.2,Smith\r\n"
                + "A-2,Ann Lee,,,,,,Cashier at a store,NON_LEO,,,,\r\n";
        Path file = dir.resolve("batch.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Collected c = read(file);

        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).hasSize(2);
        ApplicantRecord a = c.byId("A-1");
        assertThat(a.rowNumber()).isEqualTo(2);
        assertThat(a.fullName()).isEqualTo("José Núñez");
        assertThat(a.email()).isEqualTo("jn@example.org");
        assertThat(a.phone()).isEqualTo("555-0100");
        assertThat(a.fieldOffice()).isEqualTo("ERO Newark");
        assertThat(a.status()).isEqualTo("IN_TRAINING");
        assertThat(a.hireDate()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(a.resumeText()).isEqualTo("Police Officer, Camden PD\n2010–2018, \"patrol\"");
        assertThat(a.resumeType()).isEqualTo("TEXT");
        assertThat(a.classifierLabel()).isEqualTo(ClassifierLabel.LEO);
        assertThat(a.classifierScore()).isEqualTo(0.93);
        assertThat(a.classifierModel()).isEqualTo("kw-1.2");
        assertThat(a.evidence()).singleElement().satisfies(s -> {
            assertThat(s.getStart()).isEqualTo(7);
            assertThat(s.getEnd()).isEqualTo(14);
        });
        assertThat(a.extras()).containsEntry("recruiter", "Smith");
        ApplicantRecord b = c.byId("A-2");
        assertThat(b.rowNumber()).as("the quoted newline does not shift spreadsheet row numbers").isEqualTo(3);
        assertThat(b.status()).isEqualTo("SELECTED");
        assertThat(b.email()).isNull();
        assertThat(b.evidence()).isEmpty();
    }

    @Test
    void reportsProgressAndStopsWhenAsked() throws Exception {
        StringBuilder csv = new StringBuilder("applicant_id,full_name,classifier_label,resume_text\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("id").append(i).append(",Name ").append(i).append(",NON_LEO,Some text ").append(i).append('\n');
        }
        Path file = dir.resolve("b.csv");
        Files.writeString(file, csv);
        List<Double> fractions = new ArrayList<>();
        Collected c = new Collected();
        new BatchReader().read(file, c, (rows, fraction) -> {
            fractions.add(fraction);
            return rows < 10;
        });
        assertThat(c.accepted).hasSize(10);
        assertThat(fractions).hasSize(10).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));

        List<Double> all = new ArrayList<>();
        new BatchReader().read(file, new Collected(), (rows, fraction) -> all.add(fraction));
        assertThat(all).hasSize(50).isSorted();
        assertThat(all.get(49)).isEqualTo(1.0);
    }

    @Test
    void skipsEmptyRowsThatSpreadsheetsLeaveBehind() throws Exception {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "applicant_id,full_name,classifier_label,resume_text\nA,Al,LEO,officer\n,,,\n\nB,Bo,NON_LEO,clerk\n");
        Collected c = read(file);
        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).extracting(ApplicantRecord::rowNumber).containsExactly(2, 4);
    }
}
