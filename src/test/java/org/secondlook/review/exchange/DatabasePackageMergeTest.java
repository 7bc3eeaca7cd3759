package org.secondlook.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.exchange.PackageMergeTarget.MergeReport;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.Fixtures;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.ChainHead;

/** Headquarters' merge rules on a real encrypted database, fed records as a verified package would. */
class DatabasePackageMergeTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path tmp;
    LocalWorkstation hq;

    @BeforeEach
    void headquarters() {
        hq = Fixtures.workstation(tmp.resolve("hq"));
        hq.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "Headquarters");
    }

    private static CaseRecord caseRecord(String id, String name, String state, String text, String sha) {
        return new CaseRecord(id, name, null, null, "ERO Denver", "SELECTED", null, null, state, "LEO", "NOT_LE", null,
                0.9, 1, T0.toString(), T0.toString(), List.of(new CaseRecord.ResumeVersionRecord(1, text, null, "TEXT",
                sha, T0.toString(), "LEO", 0.7, "screener", List.of(new CaseRecord.SpanRecord(0, 8, "Security")),
                List.of(new CaseRecord.FindingRecord(0, 16, "NON_LE_OFFICER_TITLE", "Private security.")))));
    }

    private static DecisionRecord decision(String ref, String id, String track, String reason, String supersedes) {
        return new DecisionRecord(ref, id, 1, track, reason, "checked", "rita", T0.plusSeconds(60).toString(), supersedes,
                true, List.of(new DecisionRecord.SignOffRecord("APPROVED", null, "sam", T0.plusSeconds(120).toString())));
    }

    private static AuditRecord event(long seq) {
        return new AuditRecord(seq, T0.plusSeconds(seq).toString(), "rita", "DECIDE", "000123", "e" + seq,
                "p" + seq, "h" + seq);
    }

    private MergeReport merge(String office, List<CaseRecord> cases, List<DecisionRecord> decisions, int events)
            throws Exception {
        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            return s.exports().merges().merge(office, new ChainHead(events, "h" + events), sink -> {
                cases.forEach(sink::acceptCase);
                decisions.forEach(sink::acceptDecision);
                for (int i = 1; i <= events; i++) {
                    sink.acceptAuditEvent(event(i));
                }
            });
        }
    }

    private List<DecisionRow> rows() throws Exception {
        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD);
             var st = s.exports().workbook(ExportFilter.ALL).decisions()) {
            return st.toList();
        }
    }

    @Test
    void aPackageMergesIntoAnEmptyDatabaseAndMergingItAgainChangesNothing() throws Exception {
        List<CaseRecord> cases = List.of(caseRecord("000123", "Ana Ruiz", "SIGNED_OFF", "Security Officer, mall.", "a1"),
                caseRecord("4567", "Ben Okafor", "NEW", "Police Officer, Newark PD.", "b1"));
        List<DecisionRecord> decisions = List.of(decision("ERO Denver#1", "000123", "ACADEMY", "NOT_SWORN_ROLE", null));

        MergeReport first = merge("ERO Denver", cases, decisions, 3);
        assertThat(first).isEqualTo(new MergeReport(2, 2, 1, 1, 3, 0, 0, 0));

        List<DecisionRow> rows = rows();
        assertThat(rows).extracting(DecisionRow::applicantId).containsExactly("000123", "4567");
        DecisionRow ana = rows.get(0);
        assertThat(ana.track()).isEqualTo("ACADEMY");
        assertThat(ana.supervisor()).isEqualTo("sam");
        assertThat(ana.state()).isEqualTo("SIGNED_OFF");

        MergeReport again = merge("ERO Denver", cases, decisions, 3);
        assertThat(again.changedNothing()).isTrue();
        assertThat(rows()).isEqualTo(rows);
        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(s.exports().keys().trustedOffices().lastMergedHead("ERO Denver"))
                    .contains(new ChainHead(3, "h3"));
            assertThat(s.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void aLaterPackageBringsTheSignOffAndTheCaseFollowsItsOfficesState() throws Exception {
        DecisionRecord unsigned = new DecisionRecord("ERO Denver#1", "000123", 1, "ACADEMY", "NOT_SWORN_ROLE", null,
                "rita", T0.plusSeconds(60).toString(), null, true, List.of());
        merge("ERO Denver", List.of(caseRecord("000123", "Ana Ruiz", "DECIDED", "Security Officer.", "a1")),
                List.of(unsigned), 1);
        assertThat(rows().get(0).state()).isEqualTo("DECIDED");
        assertThat(rows().get(0).supervisor()).isNull();

        MergeReport later = merge("ERO Denver",
                List.of(caseRecord("000123", "Ana Ruiz", "SIGNED_OFF", "Security Officer.", "a1")),
                List.of(decision("ERO Denver#1", "000123", "ACADEMY", "NOT_SWORN_ROLE", null)), 2);

        assertThat(later.signOffsAdded()).isEqualTo(1);
        assertThat(later.statesChanged()).isEqualTo(1);
        assertThat(rows().get(0).state()).isEqualTo("SIGNED_OFF");
        assertThat(rows().get(0).supervisor()).isEqualTo("sam");
    }

    @Test
    void aCaseDecidedDifferentlyInTwoPackagesGoesToConflictsAndNothingIsOverwritten() throws Exception {
        CaseRecord ana = caseRecord("000123", "Ana Ruiz", "DECIDED", "Security Officer, mall.", "a1");
        merge("ERO Denver", List.of(ana), List.of(decision("ERO Denver#1", "000123", "ACADEMY", "NOT_SWORN_ROLE", null)), 1);

        MergeReport other = merge("ERO Newark", List.of(ana),
                List.of(decision("ERO Newark#9", "000123", "LEO", "SWORN_EMPLOYMENT", null)), 1);

        assertThat(other.conflicts()).isEqualTo(1);
        assertThat(other.decisionsAdded()).isZero();
        assertThat(rows().get(0).track()).isEqualTo("ACADEMY");
        assertThat(merge("ERO Newark", List.of(ana),
                List.of(decision("ERO Newark#9", "000123", "LEO", "SWORN_EMPLOYMENT", null)), 1).conflicts())
                .as("the same conflicting package again adds no second conflict").isZero();

        MergeReport correction = merge("ERO Denver", List.of(ana),
                List.of(decision("ERO Denver#2", "000123", "LEO", "SWORN_EMPLOYMENT", "ERO Denver#1")), 1);
        assertThat(correction.conflicts()).as("an office superseding its own decision is no conflict").isZero();
        assertThat(rows().get(0).track()).isEqualTo("LEO");
    }

    @Test
    void aSupervisorResolvesAConflictWithAReasonAndTheChoiceIsAudited() throws Exception {
        CaseRecord ana = caseRecord("000123", "Ana Ruiz", "DECIDED", "Security Officer, mall.", "a1");
        merge("ERO Denver", List.of(ana), List.of(decision("ERO Denver#1", "000123", "ACADEMY", "NOT_SWORN_ROLE", null)), 1);
        merge("ERO Newark", List.of(ana), List.of(decision("ERO Newark#9", "000123", "LEO", "SWORN_EMPLOYMENT", null)), 1);

        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            s.accounts().add("sam", java.util.EnumSet.of(org.secondlook.domain.Role.SUPERVISOR),
                    "a long supervisor phrase here".toCharArray());
        }
        Path dir = tmp.resolve("hq");
        org.secondlook.store.KeySlot slot = new org.secondlook.store.KeySlotFile(dir.resolve("keyslots.json"))
                .find(Fixtures.ADMIN).orElseThrow();
        try (org.secondlook.store.FileKey key = new org.secondlook.store.KeyWrapping(new java.security.SecureRandom())
                .unwrap(slot, Fixtures.PASSWORD).orElseThrow();
             org.secondlook.store.Database db = org.secondlook.store.Database.open(
                     new org.secondlook.store.DataDirectory(dir), key)) {
            var accounts = new org.secondlook.store.AccountStore(db);
            var admin = new DatabaseMergeConflicts(db, "ada", new AccessCheck(accounts, "ada"),
                    java.time.Clock.systemUTC());
            var supervisor = new DatabaseMergeConflicts(db, "sam", new AccessCheck(accounts, "sam"),
                    java.time.Clock.systemUTC());
            List<org.secondlook.review.exchange.MergeConflicts.Conflict> open = admin.open();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.applicantId()).isEqualTo("000123");
                assertThat(c.incomingTrack()).isEqualTo(org.secondlook.domain.Track.LEO);
                assertThat(c.currentTrack()).isEqualTo(org.secondlook.domain.Track.ACADEMY);
                assertThat(c.currentNote()).isEqualTo("checked");
                assertThat(c.office()).isEqualTo("ERO Newark");
            });
            long id = open.get(0).id();
            assertThatThrownBy(() -> admin.resolve(id, true, "Newark checked the badge"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> supervisor.resolve(id, true, " "))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");

            supervisor.resolve(id, true, "Newark checked the badge number with the department");

            assertThat(admin.open()).isEmpty();
            assertThatThrownBy(() -> supervisor.resolve(id, false, "again")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is not open");
        }
        assertThat(rows().get(0).track()).isEqualTo("LEO");
        MergeReport again = merge("ERO Newark", List.of(ana),
                List.of(decision("ERO Newark#9", "000123", "LEO", "SWORN_EMPLOYMENT", null)), 1);
        assertThat(again.conflicts()).isZero();
        assertThat(again.decisionsAdded()).isZero();
        // The taken decision's sign-off arrives with the next merge of its package; after that nothing changes.
        assertThat(merge("ERO Newark", List.of(ana),
                List.of(decision("ERO Newark#9", "000123", "LEO", "SWORN_EMPLOYMENT", null)), 1).changedNothing()).isTrue();
        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD);
             var events = s.exports().workbook(ExportFilter.ALL).auditEvents()) {
            assertThat(events.toList()).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo("CONFLICT_RESOLVED");
                assertThat(e.actor()).isEqualTo("sam");
                assertThat(e.details()).contains("took ERO Newark#9").contains("badge number");
            });
        }
    }

    @Test
    void aFeedThatFailsHalfwayMergesNothing() throws Exception {
        try (ReviewSession s = hq.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            PackageMergeTarget target = s.exports().merges();
            assertThatThrownBy(() -> target.merge("ERO Denver", new ChainHead(1, "h1"), sink -> {
                sink.acceptCase(caseRecord("000123", "Ana Ruiz", "NEW", "text", "a1"));
                throw new IOException("Part decisions.jsonl.gz.enc was changed after the package was signed.");
            })).isInstanceOf(IOException.class);
            assertThat(s.exports().keys().trustedOffices().lastMergedHead("ERO Denver")).isEmpty();
        }
        assertThat(rows()).isEmpty();
    }
}
