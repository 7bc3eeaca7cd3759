package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.remediation.TrainingConflictOffices;

/**
 * {@code training conflicts} and {@code training conflicts resolve} at headquarters, on a real encrypted
 * installation with one training conflict (S-1: Newark's record incoming, Denver's kept before): the list
 * follows DESIGN's conventions, only a supervisor resolves, a reason and one of the two offices are required,
 * and the list is empty afterwards.
 */
class CliTrainingConflictsTest {
    @TempDir
    Path dir;

    @Test
    void aSupervisorKeepsOneOfficesRecordOnTheCommandLine() throws Exception {
        new TrainingConflictOffices(dir, 1);
        CliRunner cli = new CliRunner(dir.resolve("hq").resolve("data"));
        Path ada = dir.resolve("ada.txt");
        Files.writeString(ada, "violet tangerine harbor\n");
        Path sam = dir.resolve("sam.txt");
        Files.writeString(sam, "granite orchard whistle\n");

        for (String[] help : List.of(new String[] {"training", "conflicts", "--help"},
                new String[] {"training", "conflicts", "resolve", "--help"})) {
            CliRunner.Result r = cli.run(help);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
        }

        CliRunner.Result list = run(cli, "ada", ada, "training", "conflicts");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines().toList()).singleElement().satisfies(line -> {
            String[] cells = line.split("\t", -1);
            assertThat(cells).hasSize(7);
            assertThat(cells[1]).isEqualTo("S-1");
            assertThat(cells[2]).isEqualTo(TrainingConflictOffices.NEWARK);
            assertThat(cells[3]).isEqualTo("IDENTIFIED");
            assertThat(cells[4]).isEqualTo(TrainingConflictOffices.DENVER);
            assertThat(cells[5]).isEqualTo("NOTIFIED");
        });
        String id = list.out().lines().findFirst().orElseThrow().split("\t")[0];

        CliRunner.Result refused = run(cli, "ada", ada, "training", "conflicts", "resolve", id, "--keep",
                TrainingConflictOffices.DENVER, "--reason", "Denver's roster.");
        assertThat(refused.code()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(refused.err()).contains("supervisor role");
        CliRunner.Result noReason = run(cli, "sam", sam, "training", "conflicts", "resolve", id, "--keep",
                TrainingConflictOffices.DENVER);
        assertThat(noReason.code()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result otherOffice = run(cli, "sam", sam, "training", "conflicts", "resolve", id, "--keep",
                "ERO Boston", "--reason", "Boston says so.");
        assertThat(otherOffice.code()).isEqualTo(ExitCode.USAGE);
        assertThat(otherOffice.err()).contains("keep the record of one of them");
        assertThat(run(cli, "ada", ada, "training", "conflicts").out().lines()).as("nothing changed").hasSize(1);

        CliRunner.Result resolved = run(cli, "sam", sam, "training", "conflicts", "resolve", id, "--keep",
                TrainingConflictOffices.DENVER, "--reason", "Denver notified the applicant.");
        assertThat(resolved.code()).as(resolved.err()).isZero();
        assertThat(resolved.out()).isEqualTo("Kept " + TrainingConflictOffices.DENVER + "'s training record of case S-1; "
                + TrainingConflictOffices.NEWARK + "'s is set aside." + System.lineSeparator());
        CliRunner.Result after = run(cli, "ada", ada, "training", "conflicts");
        assertThat(after.code()).isZero();
        assertThat(after.out()).isEmpty();
        CliRunner.Result again = run(cli, "sam", sam, "training", "conflicts", "resolve", id, "--keep",
                TrainingConflictOffices.NEWARK, "--reason", "Changed my mind.");
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("is not open");
    }

    private static CliRunner.Result run(CliRunner cli, String user, Path pw, String... args) {
        List<String> all = new ArrayList<>(List.of("--user", user, "--password-file", pw.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }
}
