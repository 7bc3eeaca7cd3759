package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.imports.ImportReport;

/** The queue's search through the word index, on a real encrypted database. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class QueueSearchTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private static ApplicantRecord row(int n, String id, String name, String text) {
        return new ApplicantRecord(n, id, name, null, null, "ERO Denver", "APPLICANT", LocalDate.of(2026, 1, 5), text,
                null, "inline", ClassifierLabel.LEO, 0.9, List.of(), "KeywordScreen 2.3.1", Map.of(), List.of());
    }

    private static List<String> ids(ReviewSession s, String search) {
        return s.cases().queue(new QueueQuery(search, null, null, null, null, null, null, null,
                QueueQuery.SortKey.APPLICANT_ID, true, 0, 100)).rows().stream().map(CaseSummary::applicantId).toList();
    }

    @Test
    void findsCasesByIdPrefixNameAndEveryWordOfTheResume() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(
                    row(2, "DEN-0001", "Zoë Ångström", "Deputy Sheriff, Adams County Sheriff's Office, 2015–2021."),
                    row(3, "DEN-0002", "Marcus O'Neil", "Compliance officer at a regional bank. Hopes to join a sheriff's office."),
                    row(4, "DEN-0103", "Priya Natarajan", "Loan officer; before that a deputy registrar.")));

            assertThat(ids(s, "DEN-00")).containsExactly("DEN-0001", "DEN-0002");
            assertThat(ids(s, "den-0103")).containsExactly("DEN-0103");
            assertThat(ids(s, "angstrom")).as("accents and case ignored").containsExactly("DEN-0001");
            assertThat(ids(s, "o'neil")).containsExactly("DEN-0002");
            assertThat(ids(s, "sheriff")).containsExactly("DEN-0001", "DEN-0002");
            assertThat(ids(s, "deputy sheriff")).as("every word must be there").containsExactly("DEN-0001");
            assertThat(ids(s, "Sher")).as("a word of three letters or more finds longer words").containsExactly("DEN-0001", "DEN-0002");
            assertThat(ids(s, "at")).as("a shorter word must match whole (not 'that')").containsExactly("DEN-0002");
            assertThat(ids(s, "officer registrar")).containsExactly("DEN-0103");
            assertThat(ids(s, "firefighter")).isEmpty();
            assertThat(ids(s, "100% _")).isEmpty();
        }
    }

    /** The search's rules, case by case: the same cases on both stores, indexed or still queued. */
    private static final Map<String, List<String>> RULES = rules();

    private static Map<String, List<String>> rules() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("jose", List.of("MIA-0001", "MIA-0002")); // in names, with and without an accent
        m.put("JOSÉ", List.of("MIA-0001", "MIA-0002"));
        m.put("núñez", List.of("MIA-0001"));
        m.put("resume", List.of("MIA-0001")); // "résumé" in the text
        m.put("CAFÉ", List.of("MIA-0002"));
        m.put("caf", List.of("MIA-0002")); // three letters or more: a prefix
        m.put("ca", List.of()); // two letters: the whole word only
        m.put("ride", List.of("MIA-0001")); // the parts of "Ride-along"
        m.put("along volunteer", List.of("MIA-0001"));
        m.put("example", List.of("MIA-0001")); // a word of an e-mail address in the text
        m.put("jose teller", List.of("MIA-0002")); // one word in the name, one in the text
        m.put("jose warden", List.of());
        m.put("k9", List.of()); // words with digits are not indexed
        m.put("2019", List.of());
        m.put("mia-000", List.of("MIA-0001", "MIA-0002", "MIA-0003")); // the id's beginning
        m.put("counterintelligence", List.of("MIA-0003"));
        m.put("counterintelligenceoperationsspecialistcertified", List.of("MIA-0003")); // past 40 letters
        m.put("o'brien", List.of("MIA-0003"));
        m.put("brie", List.of("MIA-0003"));
        m.put("sheriff's", List.of("MIA-0003"));
        return m;
    }

    private static void assertRules(ReviewSession s, String when) {
        RULES.forEach((search, expected) -> assertThat(ids(s, search)).as(when + ": " + search)
                .containsExactlyElementsOf(expected));
    }

    @Test
    void theSameSearchesFindTheSameCasesWhetherIndexedOrStillQueued() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(
                    row(2, "MIA-0001", "José Núñez", "Ride-along program volunteer; résumé at jnunez@example.org. K9 handler 2019."),
                    row(3, "MIA-0002", "Jose Smith", "Bank teller, then CAFÉ manager."),
                    row(4, "MIA-0003", "Ann O'Brien", "Counterintelligenceoperationsspecialistcertified; sheriff's aide.")));
            assertRules(s, "indexed by the import");

            org.secondlook.store.SearchIndex index = new org.secondlook.store.SearchIndex(s.database());
            index.requeueAll();
            assertThat(index.pending()).isEqualTo(3);
            assertRules(s, "queued, read from the text");

            assertThat(index.catchUp()).isEqualTo(3);
            assertRules(s, "indexed by a catch-up");
        }
    }

    @Test
    void onTheServerASearchIsAnsweredByItsFullTextIndex() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(store == StoreKind.POSTGRESQL, "the server's own full-text search");
        Workstation ws = Fixtures.initialized(dir, store);
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(row(2, "DEN-0001", "Zoë Ångström", "Deputy sheriff.")));
            String plan = s.database().jdbc(c -> {
                StringBuilder out = new StringBuilder();
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("set local enable_seqscan = off");
                    try (java.sql.ResultSet r = st.executeQuery("explain select applicant_id from search_document"
                            + " where words @@ to_tsquery('secondlook_search', '''sher'':* & ''zoe'':*')")) {
                        while (r.next()) {
                            out.append(r.getString(1)).append('\n');
                        }
                    }
                    try (java.sql.ResultSet r = st.executeQuery("select cast(words as text) from search_document")) {
                        r.next();
                        out.append(r.getString(1));
                    }
                }
                return out.toString();
            });
            assertThat(plan).contains("ix_search_document_words");
            assertThat(plan).as("the words, without accents").contains("'angstrom'", "'zoe'", "'deputy'", "'sheriff'", "'den'");
        }
    }

    @Test
    void aNewResumeVersionReplacesTheWordsOfTheOldOne() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(row(2, "DEN-0001", "Lee Park", "Patrol officer, Denver Police Department.")));
            assertThat(ids(s, "patrol")).containsExactly("DEN-0001");

            Fixtures.importRecords(s, List.of(row(2, "DEN-0001", "Lee Park", "Petty officer, United States Navy.")));
            assertThat(ids(s, "patrol")).as("only the current version counts").isEmpty();
            assertThat(ids(s, "navy")).containsExactly("DEN-0001");
            assertThat(ids(s, "officer")).containsExactly("DEN-0001");
        }
    }

    @Test
    void versionsNotYetIndexedAreStillFound() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, List.of(row(2, "DEN-0001", "Lee Park", "Patrol officer, Denver Police Department.")));
            // As after a crash mid-import: the version is stored, and its words still wait for the index.
            new org.secondlook.store.SearchIndex(s.database()).requeueAll();
            assertThat(ids(s, "patrol police")).containsExactly("DEN-0001");
            assertThat(ids(s, "navy")).isEmpty();

            assertThat(new org.secondlook.store.SearchIndex(s.database()).catchUp()).isEqualTo(1);
            assertThat(new org.secondlook.store.SearchIndex(s.database()).pending()).isZero();
            assertThat(ids(s, "patrol police")).containsExactly("DEN-0001");
        }
    }

    private static long segments(LocalReviewSession s) {
        return count(s, "select count(distinct segment) from search_posting");
    }

    private static long count(LocalReviewSession s, String query) {
        return s.database().fromTransaction(t -> t.createNativeQuery(query, Long.class).getSingleResult());
    }

    @Test
    void manyCasesSpanSeveralSegmentsAndAllAreFound() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        List<ApplicantRecord> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(i + 2, String.format("BULK-%04d", i), "Person " + i,
                    i % 50 == 7 ? "Game warden for the state." : "Warehouse associate, forklift certified."));
        }
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, rows.subList(0, 150));
            Fixtures.importRecords(s, rows.subList(150, 300));
            assertThat(new org.secondlook.store.SearchIndex(s.database()).pending()).isZero();
            if (store == StoreKind.H2) {
                assertThat(segments(s)).as("one segment per import of fewer cases than a segment holds").isEqualTo(2);
            }
            // Indexed again in segments of 40 cases: eight of them.
            new org.secondlook.store.SearchIndex(s.database()).requeueAll();
            assertThat(new org.secondlook.store.SearchIndex(s.database(), 40).catchUp()).isEqualTo(300);
            if (store == StoreKind.H2) {
                assertThat(segments(s)).isEqualTo(8);
            } else {
                assertThat(count(s, "select count(*) from search_document")).as("one tsvector per case").isEqualTo(300);
                assertThat(count(s, "select count(*) from search_posting")).as("no posting lists on the server").isZero();
            }

            QueuePage wardens = s.cases().queue(new QueueQuery("warden", null, null, null, null, null, null, null,
                    QueueQuery.SortKey.APPLICANT_ID, true, 0, 100));
            assertThat(wardens.total()).isEqualTo(6);
            assertThat(wardens.rows()).extracting(CaseSummary::applicantId)
                    .containsExactly("BULK-0007", "BULK-0057", "BULK-0107", "BULK-0157", "BULK-0207", "BULK-0257");
            assertThat(s.cases().queue(new QueueQuery("forklift", null, null, null, null, null, null, null,
                    null, false, 0, 10)).total()).isEqualTo(294);
        }
    }

    @Test
    void theQueueFollowsEveryChangeWhileItsFiguresAreKept() throws Exception {
        Team team = new Team(dir, 12, store);
        try (ReviewSession rita = team.rita(); ReviewSession ada = team.ada()) {
            QueueQuery newOnes = new QueueQuery(null, java.util.Set.of(org.secondlook.domain.ReviewState.NEW), null, null,
                    null, null, null, null, null, false, 0, 100);
            assertThat(rita.cases().queue(newOnes).total()).isEqualTo(12);
            String id = team.ids.get(3);
            rita.decisions().decide(id, org.secondlook.domain.Track.ACADEMY, "NON_LE_OFFICER_TITLE", null,
                    Team.version(rita, id));
            assertThat(rita.cases().queue(newOnes).total()).as("counted again after a decision").isEqualTo(11);
            assertThat(rita.cases().queue(new QueueQuery(null, null, null, null, null, "rita", null, null, null, false,
                    0, 100)).rows()).extracting(CaseSummary::applicantId).containsExactly(id);

            // The default order, searched: the kept order follows an import made in another session.
            QueueQuery harbour = new QueueQuery("harbourmaster", null, null, null, null, null, null, null, null, false, 0, 100);
            assertThat(rita.cases().queue(harbour).total()).isZero();
            Fixtures.importRecords(ada, List.of(row(2, "NEW-1", "Kim Lo", "Harbourmaster at the port of Duluth.")));
            assertThat(rita.cases().queue(harbour).rows()).extracting(CaseSummary::applicantId).containsExactly("NEW-1");
            assertThat(rita.cases().queue(newOnes).total()).isEqualTo(12);
        }
    }

    @Test
    void anIndexThatCannotBeWrittenCostsNeitherTheImportNorTheSearch() throws Exception {
        Workstation ws = Fixtures.initialized(dir, store);
        try (LocalReviewSession s = (LocalReviewSession) ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            // Without its state row no segment can be written: every write of the index fails.
            s.database().inTransaction(t -> t.createNativeMutationQuery("delete from search_state").executeUpdate());
            ImportReport report = Fixtures.importRecords(s, List.of(
                    row(2, "DEN-0001", "Lee Park", "Patrol officer, Denver Police Department.")));
            assertThat(report.added()).isEqualTo(1);
            assertThat(new org.secondlook.store.SearchIndex(s.database()).pending()).isEqualTo(1);
            assertThat(ids(s, "patrol")).as("found by reading the queued version").containsExactly("DEN-0001");
        }
        try (ReviewSession again = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            assertThat(ids(again, "police")).containsExactly("DEN-0001");
        }
    }
}
