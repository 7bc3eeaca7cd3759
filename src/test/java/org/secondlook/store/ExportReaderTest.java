package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.domain.EvidenceSpan;

/**
 * The export's rows as the workbook lists them ({@link ExportReader}): cases by applicant id, each case's spans by
 * start and end whatever order they were stored in, the text of each span of the current résumé version: the one
 * its row kept at import, else cut from the résumé.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class ExportReaderTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private static final String TEXT = "Patrol officer and security guard";

    /** Cases stored out of applicant-id order, their spans out of offset order; C's second version replaces its first. */
    private static void store(Database db) {
        List<IncomingCase> rows = new ArrayList<>();
        for (String id : List.of("C", "A", "B")) {
            rows.add(row(rows.size() + 1, id, "Person " + id, "ERO Denver", "LEO", "LE", 0.5, TEXT,
                    List.of(new EvidenceSpan(19, 27, "security"), new EvidenceSpan(0, 6, "patrol"),
                            new EvidenceSpan(7, 14, "officer")),
                    List.of(new IncomingCase.FindingValue(28, 33, "GUARD", "a guard"),
                            new IncomingCase.FindingValue(0, 14, "TITLE", "a title"),
                            new IncomingCase.FindingValue(0, 6, "WORD", "a word"))));
        }
        StoreFixture.importRows(db, rows, true);
        StoreFixture.importRows(db, List.of(row(4, "C", "Person C", "ERO Denver", "LEO", "LE", 0.5, "Deputy sheriff",
                List.of(new EvidenceSpan(7, 14, "sheriff")), List.of(new IncomingCase.FindingValue(0, 6, "RANK", "a rank")))),
                true);
    }

    @Test
    void findingsComeByCaseThenByStartAndEndWithTheTextOfTheirSpan() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            try (Stream<ExportReader.FindingLine> lines = new ExportReader(db).findings(new ExportReader.Scope(null, null, null))) {
                assertThat(lines.toList()).extracting(ExportReader.FindingLine::applicantId, ExportReader.FindingLine::start,
                        ExportReader.FindingLine::end, ExportReader.FindingLine::text).containsExactly(
                        tuple("A", 0, 6, "Patrol"), tuple("A", 0, 14, "Patrol officer"), tuple("A", 28, 33, "guard"),
                        tuple("B", 0, 6, "Patrol"), tuple("B", 0, 14, "Patrol officer"), tuple("B", 28, 33, "guard"),
                        tuple("C", 0, 6, "Deputy"));
            }
        }
    }

    @Test
    void toolEvidenceComesByCaseThenByStartFromTheCurrentVersionOnly() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            try (Stream<ExportReader.EvidenceLine> lines = new ExportReader(db).toolEvidence(
                    new ExportReader.Scope(null, "ERO Denver", null))) {
                assertThat(lines.toList()).extracting(ExportReader.EvidenceLine::applicantId,
                        ExportReader.EvidenceLine::text).containsExactly(
                        tuple("A", "Patrol"), tuple("A", "officer"), tuple("A", "security"),
                        tuple("B", "Patrol"), tuple("B", "officer"), tuple("B", "security"),
                        tuple("C", "sheriff"));
            }
        }
    }

    @Test
    void aStreamGivesItsConnectionBackReadyForOrdinaryWork() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            ExportReader reader = new ExportReader(db);
            for (int i = 0; i < 3; i++) { // more streams than the pool keeps idle: each connection comes back
                try (Stream<ExportReader.DecisionLine> lines = reader.decisions(new ExportReader.Scope(null, null, null))) {
                    assertThat(lines.map(ExportReader.DecisionLine::applicantId).toList()).containsExactly("A", "B", "C");
                }
            }
            assertThat(StoreFixture.count(db, "select count(*) from applicant")).isEqualTo(3L);
        }
    }

    @Test
    void theImportKeepsEachSpansTextSoTheExportNeedNotReadTheResume() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            // a wrong résumé text behind every span: the export shows the kept texts, so it never read the résumés
            StoreFixture.sql(db, "update resume_version set text = 'x'");
            assertTheSpansShowTheirTexts(db);
        }
    }

    @Test
    void spansThatKeptNoTextAreCutFromTheResumeAsBefore() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            // rows written before V90 keep no text (nor do spans longer than SpanText.MAX_KEPT)
            StoreFixture.sql(db, "update evidence_span set span_text = null");
            StoreFixture.sql(db, "update finding set span_text = null");
            assertTheSpansShowTheirTexts(db);
        }
    }

    /** Every case's tool evidence, then its findings, show the text of their span in the current version. */
    private static void assertTheSpansShowTheirTexts(Database db) {
        ExportReader reader = new ExportReader(db);
        ExportReader.Scope all = new ExportReader.Scope(null, null, null);
        try (Stream<ExportReader.EvidenceLine> tool = reader.toolEvidence(all);
             Stream<ExportReader.FindingLine> findings = reader.findings(all)) {
            assertThat(tool.map(ExportReader.EvidenceLine::text).toList()).containsExactly(
                    "Patrol", "officer", "security", "Patrol", "officer", "security", "sheriff");
            assertThat(findings.map(ExportReader.FindingLine::text).toList()).containsExactly(
                    "Patrol", "Patrol officer", "guard", "Patrol", "Patrol officer", "guard", "Deputy");
        }
    }
}
