package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.secondlook.store.StoreFixture.T0;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Decision;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;

/**
 * What a headquarters package is made from ({@link ExchangeReader}): every case, decision and audit event read
 * back as written, across the reader's chunks (200 cases) and session clearing (every 100 rows).
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class ExchangeReaderTest {
    private static final int CASES = 450;
    private static final int DECISIONS = 150;

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private static String id(int i) {
        return String.format("A%04d", i);
    }

    private static String text(int i) {
        return "Security officer at site " + i;
    }

    private static void store(Database db) {
        List<IncomingCase> rows = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            rows.add(row(i, id(i), "Person " + i, "ERO Denver", i % 2 == 0 ? "LEO" : "NON_LEO", "NOT_LE", i / 1000.0,
                    text(i), List.of(new EvidenceSpan(0, 8, "Security")),
                    List.of(new IncomingCase.FindingValue(9, 16, "NON_LE_OFFICER_TITLE", "Officer of a site " + i),
                            new IncomingCase.FindingValue(0, 8, "PRIVATE_SECURITY", "Private security"))));
        }
        StoreFixture.importRows(db, rows, true);
        // case 7 gets a second résumé version
        StoreFixture.importRows(db, List.of(row(1, id(7), "Person 7", "ERO Denver", "LEO", "LE", 0.1,
                "Police officer, city patrol")), true);
        db.inTransaction(s -> {
            List<Applicant> first = s.createSelectionQuery("from Applicant a where a.applicantId <= :last order by a.applicantId",
                    Applicant.class).setParameter("last", id(DECISIONS)).getResultList();
            for (int i = 0; i < first.size(); i++) {
                Decision d = new Decision(first.get(i), 1, i % 3 == 0 ? Track.LEO : Track.ACADEMY, "CODE_" + i, "note " + i,
                        "rita", T0.plusSeconds(i), null);
                s.persist(d);
                if (i % 2 == 0) {
                    s.persist(new SignOff(d, SignOff.Outcome.RETURNED, "look again", "sam", T0.plusSeconds(1000 + i)));
                    s.persist(new SignOff(d, SignOff.Outcome.APPROVED, null, "sam", T0.plusSeconds(2000 + i)));
                }
            }
        });
    }

    @Test
    void everyCaseIsReadBackWithItsVersionsFlagsAndFindings() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            List<String> ids = new ArrayList<>();
            try (Stream<ExchangeReader.CaseData> cases = new ExchangeReader(db).cases()) {
                cases.forEach(c -> {
                    String id = c.applicant().getApplicantId();
                    ids.add(id);
                    int i = Integer.parseInt(id.substring(1));
                    assertThat(c.applicant().getFullName()).isEqualTo("Person " + i);
                    if (i == 7) {
                        assertThat(c.versions()).extracting(v -> v.version().getVersionNo(), v -> v.version().getText())
                                .containsExactly(tuple(1, text(7)), tuple(2, "Police officer, city patrol"));
                        assertThat(c.applicant().getCurrentVersion()).isEqualTo(2);
                        assertThat(c.versions().get(1).flag().getLabel()).isEqualTo(ClassifierLabel.LEO);
                    } else {
                        assertThat(c.versions()).hasSize(1);
                        assertThat(c.versions().get(0).version().getText()).isEqualTo(text(i));
                    }
                    ExchangeReader.VersionData first = c.versions().get(0);
                    assertThat(first.flag().getLabel()).isEqualTo(i % 2 == 0 ? ClassifierLabel.LEO : ClassifierLabel.NON_LEO);
                    assertThat(first.flag().getModel()).isEqualTo("screener-1");
                    assertThat(first.evidence()).extracting(EvidenceSpan::getStart, EvidenceSpan::getEnd, EvidenceSpan::getTerm)
                            .containsExactly(tuple(0, 8, "Security"));
                    assertThat(first.findings()).extracting(Finding::getStart, Finding::getCategory, Finding::getExplanation)
                            .containsExactly(tuple(0, "PRIVATE_SECURITY", "Private security"),
                                    tuple(9, "NON_LE_OFFICER_TITLE", "Officer of a site " + i));
                });
            }
            List<String> want = new ArrayList<>();
            for (int i = 1; i <= CASES; i++) {
                want.add(id(i));
            }
            assertThat(ids).containsExactlyElementsOf(want); // every case once, in the order they were stored
        }
    }

    @Test
    void everyDecisionWithItsSignOffsAndTheWholeAuditChainAreReadBack() {
        try (Database db = store.newDatabase(dir)) {
            store(db);
            List<ExchangeReader.DecisionData> decisions;
            try (Stream<ExchangeReader.DecisionData> s = new ExchangeReader(db).decisions()) {
                decisions = s.toList();
            }
            assertThat(decisions).hasSize(DECISIONS);
            for (int i = 0; i < DECISIONS; i++) {
                ExchangeReader.DecisionData d = decisions.get(i);
                assertThat(d.applicantId()).isEqualTo(id(i + 1));
                assertThat(d.decision().getTrack()).isEqualTo(i % 3 == 0 ? Track.LEO : Track.ACADEMY);
                assertThat(d.decision().getReasonCode()).isEqualTo("CODE_" + i);
                if (i % 2 == 0) {
                    assertThat(d.signOffs()).extracting(SignOff::getOutcome, SignOff::getSignedAt).containsExactly(
                            tuple(SignOff.Outcome.RETURNED, T0.plusSeconds(1000 + i)),
                            tuple(SignOff.Outcome.APPROVED, T0.plusSeconds(2000 + i)));
                } else {
                    assertThat(d.signOffs()).isEmpty();
                }
            }

            List<AuditEvent> events;
            try (Stream<AuditEvent> s = new ExchangeReader(db).auditEvents()) {
                events = s.toList();
            }
            // one event per stored row: the cases and case 7's second version
            assertThat(events).hasSize(CASES + 1);
            assertThat(events).extracting(AuditEvent::getSeq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, CASES + 1).boxed().toList());
            assertThat(events.get(0).getType()).isEqualTo("APPLICANT_ADDED");
            assertThat(events.get(0).getSubject()).isEqualTo(id(1));
            assertThat(events.get(CASES).getType()).isEqualTo("RESUME_VERSION_ADDED");
            assertThat(events.get(CASES).getSubject()).isEqualTo(id(7));
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).getPrevHash()).isEqualTo(events.get(i - 1).getHash()); // the chain is whole
            }
        }
    }
}
