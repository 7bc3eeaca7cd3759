package org.secondlook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.intake.RosterReader;
import org.secondlook.intake.RosterRow;
import org.secondlook.intake.RowRejection;

/** The demo's academy roster: read back with the real roster reader. */
class DemoRosterTest {
    @TempDir
    Path dir;

    @Test
    void aboutHalfOfTheLeoLabelledPassSomeFailOrWithdrawAndAFewRowsAreBad() throws Exception {
        DemoBatch.Summary s = new DemoBatch().write(dir, 600, 3);
        assertThat(s.roster()).isEqualTo(dir.resolve("roster.csv"));
        assertThat((double) s.labelledLeo() / s.applicants()).as("the batch keeps its mix").isBetween(0.55, 0.8);
        List<RosterRow> rows = new ArrayList<>();
        List<RowRejection> bad = new ArrayList<>();
        new RosterReader().read(s.roster(), new RosterReader.Handler() {
            @Override
            public void accepted(RosterRow row) {
                rows.add(row);
            }

            @Override
            public void rejected(RowRejection rejection) {
                bad.add(rejection);
            }
        });
        assertThat(rows.size() + bad.size()).isEqualTo(s.rosterRows());
        long pass = rows.stream().filter(r -> r.result() == RosterRow.Result.PASS).count();
        assertThat((double) pass / s.labelledLeo()).isBetween(0.4, 0.6);
        assertThat(rows).anyMatch(r -> r.result() == RosterRow.Result.FAIL)
                .anyMatch(r -> r.result() == RosterRow.Result.WITHDRAWN)
                .anyMatch(r -> r.result() == RosterRow.Result.NONE && r.endDate() == null)
                .anyMatch(r -> r.applicantId() == null && r.fullName() != null && r.dateOfBirth() != null);
        assertThat(bad).isNotEmpty().allSatisfy(b -> assertThat(b.rowNumber()).isGreaterThan(1));
        assertThat(rows).filteredOn(r -> r.applicantId() != null && r.applicantId().startsWith("X-")).isNotEmpty();
        assertThat(Files.readString(s.csv()).lines().findFirst().orElseThrow()).endsWith(",date_of_birth");
    }
}
