package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondlook.store.StoreFixture.T0;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Decision;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;

/** Headquarters' merge as the store writes it ({@link MergeWriter}), on a real encrypted database. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class MergeWriterTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = store.newDatabase(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** What a package from the Denver office holds for one case: two versions, an approved decision, one event. */
    private static void mergeDenverCase(MergeWriter w) {
        Applicant a = new Applicant("B001", "Gus Hale", "LEO", T0);
        a.setFieldOffice("ERO Denver");
        a.setAnalysis("NOT_LE", null, 0.9);
        a.setCurrentVersion(2);
        w.persist(a);
        ResumeVersion v1 = new ResumeVersion(a, 1, "Bouncer at a night club", null, "TEXT", StoreFixture.sha256("v1"), T0);
        ResumeVersion v2 = new ResumeVersion(a, 2, "Mall security guard", null, "TEXT", StoreFixture.sha256("v2"), T0);
        w.persist(v1);
        w.persist(v2);
        w.persist(new ScreeningFlag(v2, ClassifierLabel.LEO, 0.7, "screener-1", List.of(new EvidenceSpan(5, 13, "security"))));
        w.persist(new Finding(v2, 0, 19, "NON_LE_OFFICER_TITLE", "Private security."));
        Decision d = new Decision(a, 2, Track.ACADEMY, "NO_LE_EXPERIENCE", "checked", "rita", T0.plusSeconds(60), null);
        w.persist(d);
        w.flush();
        w.markDecisionMerged("denver:d1", d.getId());
        SignOff so = new SignOff(d, SignOff.Outcome.APPROVED, null, "sam", T0.plusSeconds(120));
        w.persist(so);
        w.flush();
        w.markSignOffMerged("denver:d1:s1", so.getId());
        assertThat(w.officeEvent("ERO Denver", 1, T0, "rita", "DECIDE", "B001", "academy", "p1", "h1")).isTrue();
    }

    @Test
    void aMergeStoresWhatThePackageHoldsAndRemembersWhatItMerged() {
        MergeWriter.inOneTransaction(db, MergeWriterTest::mergeDenverCase);

        MergeWriter.inOneTransaction(db, w -> {
            Applicant a = w.applicant("B001").orElseThrow();
            assertThat(a.getFullName()).isEqualTo("Gus Hale");
            assertThat(a.getFieldOffice()).isEqualTo("ERO Denver");
            assertThat(w.versions(a)).extracting(ResumeVersion::getVersionNo, ResumeVersion::getText)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Bouncer at a night club"),
                            org.assertj.core.groups.Tuple.tuple(2, "Mall security guard"));
            Decision d = w.activeDecision(a).orElseThrow();
            assertThat(d.getTrack()).isEqualTo(Track.ACADEMY);
            assertThat(w.decisionMerged("denver:d1")).isTrue();
            assertThat(w.decisionMerged("denver:d2")).isFalse();
            assertThat(w.mergedDecision("denver:d1")).map(Decision::getId).contains(d.getId());
            assertThat(w.originOf(d)).contains("denver:d1");
            assertThat(w.signOffMerged("denver:d1:s1")).isTrue();
            assertThat(w.signOffMerged("denver:d1:s2")).isFalse();
            assertThat(w.applicant("B002")).isEmpty();
            // the same office event a second time is not stored twice
            assertThat(w.officeEvent("ERO Denver", 1, T0, "rita", "DECIDE", "B001", "academy", "p1", "h1")).isFalse();
            assertThat(w.officeEvent("ERO Miami", 1, T0, "ida", "DECIDE", "C001", "leo", "p1", "h9")).isTrue();
        });
        assertThat(StoreFixture.count(db, "select count(*) from office_audit_event")).isEqualTo(2);
        assertThat(StoreFixture.count(db, "select count(*) from finding")).isEqualTo(1);

        // the merged versions wait for the word index like an import's, and the search finds the current one
        assertThat(new SearchIndex(db).pending()).isEqualTo(2);
        new SearchIndex(db).catchUp();
        List<String> found = db.fromTransaction(s -> s.doReturningWork(c -> StoreFixture.applicantIds(c, SearchIndex.match(c, "mall"))));
        assertThat(found).containsExactly("B001");
        List<String> old = db.fromTransaction(s -> s.doReturningWork(c -> StoreFixture.applicantIds(c, SearchIndex.match(c, "bouncer"))));
        assertThat(old).isEmpty();
    }

    @Test
    void aDecisionThatDisagreesIsRecordedAsAnOpenConflictUntilResolved() {
        MergeWriter.inOneTransaction(db, MergeWriterTest::mergeDenverCase);
        // A second office decided the same case the other way: the merge rules (in review) send it to conflicts.
        MergeWriter.inOneTransaction(db, w -> {
            Applicant a = w.applicant("B001").orElseThrow();
            Decision current = w.activeDecision(a).orElseThrow();
            w.conflict("B001", "ERO Miami", "miami:d7", Track.LEO.name(), "PRIOR_LE_SERVICE", "six years as deputy", "ida",
                    T0.plusSeconds(300), current.getId(), T0.plusSeconds(900));
            w.markDecisionMerged("miami:d7", null);
        });

        List<MergeWriter.OpenConflict> open = MergeWriter.openConflicts(db);
        assertThat(open).hasSize(1);
        MergeWriter.OpenConflict c = open.get(0);
        long currentId = db.fromTransaction(s -> s.createSelectionQuery("select d.id from Decision d where d.active = true",
                Long.class).getSingleResult());
        assertThat(c).isEqualTo(new MergeWriter.OpenConflict(c.id(), "B001", "ERO Miami", "miami:d7", "LEO",
                "PRIOR_LE_SERVICE", "six years as deputy", "ida", T0.plusSeconds(300), currentId, T0.plusSeconds(900)));
        MergeWriter.inOneTransaction(db, w -> {
            assertThat(w.decisionMerged("miami:d7")).isTrue(); // a second merge of the package skips it
            assertThat(w.mergedDecision("miami:d7")).isEmpty(); // but it became no decision here
            assertThat(w.activeDecision(w.applicant("B001").orElseThrow()).orElseThrow().getTrack())
                    .isEqualTo(Track.ACADEMY); // the current decision is untouched
            assertThat(w.openConflict(c.id())).contains(c);
            w.resolveConflict(c.id(), T0.plusSeconds(1000), "hq-sup", "KEPT_CURRENT");
        });
        assertThat(MergeWriter.openConflicts(db)).isEmpty();
        MergeWriter.inOneTransaction(db, w -> assertThat(w.openConflict(c.id())).isEmpty());
        assertThat(StoreFixture.count(db, "select count(*) from merge_conflict where resolution = 'KEPT_CURRENT'"
                + " and resolved_by = 'hq-sup'")).isEqualTo(1);
    }

    @Test
    void aMergeThatFailsPartWayLeavesNothingBehind() {
        assertThatThrownBy(() -> MergeWriter.inOneTransaction(db, w -> {
            mergeDenverCase(w);
            w.conflict("B001", "ERO Miami", "miami:d7", "LEO", "PRIOR_LE_SERVICE", null, "ida", T0, null, T0);
            throw new IllegalStateException("the package's audit chain is broken");
        })).hasMessageContaining("audit chain");

        MergeWriter.inOneTransaction(db, w -> {
            assertThat(w.applicant("B001")).isEmpty();
            assertThat(w.decisionMerged("denver:d1")).isFalse();
            assertThat(w.signOffMerged("denver:d1:s1")).isFalse();
        });
        assertThat(MergeWriter.openConflicts(db)).isEmpty();
        for (String table : List.of("applicant", "resume_version", "decision", "sign_off", "office_audit_event",
                "search_pending", "merged_decision")) {
            assertThat(StoreFixture.count(db, "select count(*) from " + table)).as(table).isZero();
        }
    }
}
