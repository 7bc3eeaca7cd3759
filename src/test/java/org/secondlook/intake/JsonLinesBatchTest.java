package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;

class JsonLinesBatchTest {
    @TempDir
    Path dir;

    @Test
    void readsObjectsSkipsBlankLinesAndNumbersRowsByLine() throws Exception {
        String text = "Former Deputy Sheriff. Officer of the year.";
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"Applicant_Id\": 4567, \"full_name\": \"Ann Ray\", \"classifier_label\": \"leo\", \"classifier_score\": 0.8,"
                        + " \"resume_text\": \"" + text + "\", \"classifier_evidence\": [{\"start\": 23, \"end\": 30, \"term\": \"Officer\"}],"
                        + " \"badge\": \"x-9\"}",
                "",
                "   ",
                "{\"applicant_id\": \"B2\", \"full_name\": \"Bo Li\", \"classifier_label\": \"NON_LEO\", \"resume_text\": \"Baker\"}",
                "not json at all",
                ""));
        Collected c = new Collected();
        new BatchReader().read(file, c, BatchReader.Progress.NONE);

        ApplicantRecord a = c.byId("4567");
        assertThat(a.rowNumber()).isEqualTo(1);
        assertThat(a.classifierLabel()).isEqualTo(ClassifierLabel.LEO);
        assertThat(a.classifierScore()).isEqualTo(0.8);
        assertThat(a.evidence()).singleElement().satisfies(s -> assertThat(text.substring(s.getStart(), s.getEnd())).isEqualTo("Officer"));
        assertThat(a.extras()).containsEntry("badge", "x-9");
        assertThat(c.byId("B2").rowNumber()).isEqualTo(4);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(5);
            assertThat(r.reason()).contains("not a JSON object");
        });
    }

    @Test
    void aFileWhoseFirstLineIsNotJsonIsNotJsonLines() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "applicant_id,full_name\nA,B\n");
        assertThatThrownBy(() -> new BatchReader().read(file, new Collected(), BatchReader.Progress.NONE))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("batch.jsonl is not JSON Lines: line 1 is not a JSON object; write one {\"applicant_id\": ...} object per line.");
    }

    @Test
    void objectsWithNoKnownKeysAreRefused() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "{\"id\": 1, \"name\": \"x\"}\n");
        assertThatThrownBy(() -> new BatchReader().read(file, new Collected(), BatchReader.Progress.NONE))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageContaining("has no recognizable keys");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstObjectIsIgnored() throws Exception {
        Path file = dir.resolve("batch.ndjson");
        Files.writeString(file, "\uFEFF{\"applicant_id\": \"C3\", \"full_name\": \"Cy\", \"classifier_label\": \"NON_LEO\", \"resume_text\": \"Cook\"}\r\n");
        Collected c = new Collected();
        new BatchReader().read(file, c, BatchReader.Progress.NONE);
        assertThat(c.byId("C3").resumeText()).isEqualTo("Cook");
    }
}
