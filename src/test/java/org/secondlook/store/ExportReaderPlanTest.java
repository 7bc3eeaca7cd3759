package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondlook.store.StoreFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.EvidenceSpan;

/**
 * How H2 plans the export's queries over every case: each must read the cases through the applicant-id index, in
 * its order ("index sorted"), never scan the résumé versions and sort the whole result, which H2 computes in full
 * and spills to a temporary file. The export's joins are left joins, which H2 keeps in the order written, so the
 * plan holds at any size; written as inner joins H2 planned them well here but, on 50,000 cases, scanned every
 * résumé version first and sorted the whole result (measured by {@code bench export-db}). This test keeps each
 * query in a shape H2 can read in index order.
 */
class ExportReaderPlanTest {
    @TempDir
    Path dir;

    @Test
    void everyExportQueryReadsTheCasesInApplicantIdOrderWithoutSortingTheResult() {
        try (Database db = StoreKind.H2.newDatabase(dir)) {
            List<IncomingCase> rows = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String text = "Loan officer " + i + " and patrol volunteer";
                rows.add(row(i + 1, String.format("APP-%05d", (i * 7919) % 300), "Person " + i, "ERO Denver", "LEO",
                        "NOT_LE", 0.5, text, List.of(new EvidenceSpan(5, 12, "officer")),
                        List.of(new IncomingCase.FindingValue(0, 12, "TITLE", "a loan officer"))));
            }
            StoreFixture.importRows(db, rows, true);
            Map<String, String> queries = ExportQueries.queriesOverEveryCase();
            assertThat(queries).containsKeys("decisions", "findings", "evidence", "audit");
            db.jdbc(c -> {
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    try (var st = c.createStatement(); var plan = st.executeQuery("explain " + q.getValue())) {
                        plan.next();
                        String text = plan.getString(1);
                        assertThat(text).as(q.getKey() + ": " + text).contains("/* index sorted */")
                                .doesNotContain("tableScan");
                    }
                }
                return null;
            });
        }
    }
}
