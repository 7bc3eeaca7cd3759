package org.secondlook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.BatchReader;
import org.secondlook.intake.BatchRowHandler;
import org.secondlook.intake.RowRejection;

class DemoBatchTest {
    @TempDir
    Path dir;

    static final class Rows implements BatchRowHandler {
        final List<ApplicantRecord> accepted = new ArrayList<>();
        final List<RowRejection> rejected = new ArrayList<>();

        @Override
        public void accepted(ApplicantRecord row) {
            accepted.add(row);
        }

        @Override
        public void rejected(RowRejection rejection) {
            rejected.add(rejection);
        }
    }

    private static Rows read(Path csv) throws Exception {
        Rows rows = new Rows();
        new BatchReader().read(csv, rows, BatchReader.Progress.NONE);
        return rows;
    }

    @Test
    void writesExactlyNValidApplicantsThatTheReaderAccepts() throws Exception {
        DemoBatch.Summary s = new DemoBatch().write(dir, 60, 5);
        assertThat(s.csv()).isEqualTo(dir.resolve("batch.csv"));
        assertThat(s.inline() + s.txt() + s.pdf() + s.docx()).isEqualTo(60);
        assertThat(s.txt()).isPositive();
        assertThat(s.pdf()).isPositive();
        assertThat(s.docx()).isPositive();

        Rows rows = read(s.csv());

        assertThat(rows.rejected).isEmpty();
        assertThat(rows.accepted).hasSize(60);
        assertThat(rows.accepted).allSatisfy(r -> assertThat(r.notes()).as("notes of %s", r.applicantId()).isEmpty());
        assertThat(rows.accepted).extracting(ApplicantRecord::resumeType).contains("TEXT", "TXT", "PDF", "DOCX");
        assertThat(rows.accepted).extracting(ApplicantRecord::classifierLabel).contains(ClassifierLabel.LEO, ClassifierLabel.NON_LEO);
        assertThat(rows.accepted).extracting(ApplicantRecord::applicantId).doesNotHaveDuplicates();
    }

    @Test
    void labelAndEvidenceAreWhatTheKeywordRuleMakesOfTheTextAsImported() throws Exception {
        Rows rows = read(new DemoBatch().write(dir, 40, 11).csv());
        assertThat(rows.accepted).hasSize(40).allSatisfy(r -> {
            List<EvidenceSpan> rule = KeywordRule.evidence(r.resumeText());
            assertThat(r.evidence()).extracting(EvidenceSpan::getStart).containsExactlyElementsOf(rule.stream().map(EvidenceSpan::getStart).toList());
            assertThat(r.evidence()).allSatisfy(e -> assertThat(r.resumeText().substring(e.getStart(), e.getEnd())).isEqualToIgnoringCase("officer"));
            assertThat(r.classifierLabel()).isEqualTo(rule.isEmpty() ? ClassifierLabel.NON_LEO : ClassifierLabel.LEO);
        });
    }

    @Test
    void theSameSeedGivesTheSameBatch() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        new DemoBatch().write(a, 25, 42);
        new DemoBatch().write(b, 25, 42);
        new DemoBatch().write(c, 25, 43);
        assertThat(Files.readString(a.resolve("batch.csv"))).isEqualTo(Files.readString(b.resolve("batch.csv")));
        assertThat(Files.readString(a.resolve("batch.csv"))).isNotEqualTo(Files.readString(c.resolve("batch.csv")));
        Map<String, String> textsA = read(a.resolve("batch.csv")).accepted.stream()
                .collect(Collectors.toMap(ApplicantRecord::applicantId, ApplicantRecord::resumeText));
        Map<String, String> textsB = read(b.resolve("batch.csv")).accepted.stream()
                .collect(Collectors.toMap(ApplicantRecord::applicantId, ApplicantRecord::resumeText));
        assertThat(textsA).hasSize(25).isEqualTo(textsB);
    }

    @Test
    void theMixHasEveryKindOfApplicantTheScreeningConfused() {
        SyntheticApplicants people = new SyntheticApplicants(9);
        List<SyntheticApplicant> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            all.add(people.applicant(i));
        }
        Map<Archetype, Long> byType = all.stream().collect(Collectors.groupingBy(SyntheticApplicant::archetype, Collectors.counting()));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(Archetype.values());
        Function<String, Long> containing = s -> all.stream().filter(a -> a.resumeText().contains(s)).count();
        assertThat(containing.apply("I hope to become an ICE officer")).isPositive();
        assertThat(containing.apply("Petty Officer")).isPositive();
        assertThat(containing.apply("Loan Officer") + containing.apply("Compliance Officer")).isPositive();
        assertThat(containing.apply("Information Security Officer")).isPositive();
        assertThat(containing.apply("Correctional Officer") + containing.apply("Corrections Officer")).isPositive();
        assertThat(containing.apply("Security Officer")).isPositive();
        assertThat(containing.apply("Deputy Sheriff") + containing.apply("Sheriff's Deputy")).isPositive();
        assertThat(containing.apply("Trooper")).isPositive();
        assertThat(containing.apply("Special Agent")).isPositive();
        // genuine former officers come with dates
        assertThat(all.stream().filter(a -> a.archetype() == Archetype.POLICE_OFFICER))
                .allSatisfy(a -> assertThat(a.resumeText()).containsPattern("(19|20)\\d\\d"));
        // the keyword rule misses deputies and agents who never wrote "officer", and flags loan officers
        assertThat(all.stream().filter(a -> a.archetype().formerLeo() && a.classifierLabel() == ClassifierLabel.NON_LEO)).isNotEmpty();
        assertThat(all.stream().filter(a -> !a.archetype().formerLeo() && a.classifierLabel() == ClassifierLabel.LEO)).isNotEmpty();
        assertThat(all).allSatisfy(a -> assertThat(a.resumeText().length()).isBetween(2000, 4300));
        assertThat(all).allSatisfy(a -> assertThat(a.resumeText().toLowerCase()).doesNotContain("officers"));
    }

    @Test
    void benchmarkCsvIsReadWithNoRejections() throws Exception {
        Path csv = dir.resolve("bench.csv");
        new SyntheticApplicants(3).writeCsv(csv, 500);
        Rows rows = read(csv);
        assertThat(rows.rejected).isEmpty();
        assertThat(rows.accepted).hasSize(500);
        SyntheticApplicant first = new SyntheticApplicants(3).applicant(0);
        ApplicantRecord r = rows.accepted.get(0);
        assertThat(r.applicantId()).isEqualTo(first.applicantId()).isEqualTo("SL03-000001");
        assertThat(r.resumeText()).isEqualTo(first.resumeText());
        assertThat(r.evidence()).hasSameSizeAs(first.evidence());
        assertThat(first.toRecord(2).resumeText()).isEqualTo(first.resumeText());
    }
}
