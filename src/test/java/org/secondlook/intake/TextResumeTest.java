package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextResumeTest {
    private static final String TEXT = "Zoë Müller — Police Officer, 2015–2020\r\nCafé “Le Flic” résumé";

    @TempDir
    Path dir;

    private static byte[] concat(byte[] bom, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private ApplicantRecord importOne(String fileName, byte[] bytes) throws Exception {
        Files.write(dir.resolve(fileName), bytes);
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,resume_file,classifier_evidence\n"
                + "A1,Zoe Muller,LEO," + fileName + ",officer\n");
        Collected c = new Collected();
        new BatchReader().read(batch, c, BatchReader.Progress.NONE);
        assertThat(c.rejected).isEmpty();
        return c.byId("A1");
    }

    @Test
    void utf8WithBom() throws Exception {
        ApplicantRecord r = importOne("a.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.resumeText()).isEqualTo(TEXT);
        assertThat(r.resumeType()).isEqualTo("TXT");
        assertThat(r.resumeFile()).isEqualTo("a.txt");
        assertThat(r.evidence()).singleElement().satisfies(s -> assertThat(TEXT.substring(s.getStart(), s.getEnd())).isEqualTo("Officer"));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        ApplicantRecord r = importOne("a.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(r.resumeText()).isEqualTo(TEXT);
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        ApplicantRecord r = importOne("a.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(r.resumeText()).isEqualTo(TEXT);
    }

    @Test
    void utf8WithoutBom() throws Exception {
        ApplicantRecord r = importOne("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.resumeText()).isEqualTo(TEXT);
    }

    @Test
    void windows1252WithoutBom() throws Exception {
        byte[] cp1252 = TEXT.getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).as("the sample really has bytes that are not valid UTF-8").contains((byte) 0x93, (byte) 0xEB);
        ApplicantRecord r = importOne("a.txt", cp1252);
        assertThat(r.resumeText()).isEqualTo(TEXT);
    }

    @Test
    void resumeFileInASubfolderWithWindowsSeparators() throws Exception {
        Files.createDirectories(dir.resolve("resumes"));
        Files.writeString(dir.resolve("resumes/x.txt"), "Security Officer");
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, "applicant_id,full_name,classifier_label,resume_file\nA1,Al,LEO,resumes\\x.txt\n");
        Collected c = new Collected();
        new BatchReader().read(batch, c, BatchReader.Progress.NONE);
        assertThat(c.byId("A1").resumeText()).isEqualTo("Security Officer");
    }
}
