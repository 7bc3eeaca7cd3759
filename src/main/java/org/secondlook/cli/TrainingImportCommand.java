package org.secondlook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.RosterReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code training import FILE [--report R.csv]}: an academy roster (docs/formats.md, the academy roster). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an academy roster (CSV or XLSX) and print what it changed and each rejected row.")
public class TrainingImportCommand implements Callable<Integer> {
    @ParentCommand
    TrainingCommand training;

    @Parameters(paramLabel = "FILE", description = "The roster file.")
    Path file;

    @Option(names = "--report", paramLabel = "R.csv", description = "Also write the rejected rows to this CSV file.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("The roster file " + file + " does not exist: check the path.");
        }
        // The report's folder is tried before anything is imported: a read-only folder or a full disk there stops
        // the command with nothing imported, rather than after the import with no report of it.
        Path part = report == null ? null : reportPart(report);
        try (ReviewSession session = training.root.login()) {
            RosterReport r = session.remediation().importRoster(file);
            PrintWriter out = training.root.out();
            out.println(r.applied() + " applied, " + r.unchanged() + " unchanged, " + r.rejected().size() + " rejected");
            for (RowRejection x : r.rejected()) {
                out.println("row " + x.rowNumber() + " (" + (x.applicantId() == null ? "no id" : x.applicantId()) + "): "
                        + x.reason());
            }
            if (r.nothingChanged()) {
                out.println("nothing changed");
            }
            if (part != null) {
                out.flush(); // what was imported is printed even if the report then fails
                writeReport(r, part, report, training.root.dataDirectory().databaseFile());
            }
            return ExitCode.OK;
        } finally {
            if (part != null) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** An empty file beside the report, to write it into and move into place (an old report stays until then). */
    private Path reportPart(Path target) throws Exception {
        Path folder = target.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(folder, ".secondlook-report-", ".part");
        } catch (IOException e) {
            throw failure(e, target, training.root.dataDirectory().databaseFile());
        }
    }

    private static Exception failure(IOException e, Path target, Path databaseFile) {
        Exception named = OutputFailures.naming(e, target, databaseFile);
        return named != e ? named
                : new InvalidInputException("The report " + target + " cannot be written (" + e.getMessage()
                        + "): check that its folder exists, or choose another --report.", e);
    }

    /** The rejected rows as CSV (every cell neutralized against formula injection): into {@code part}, then to {@code target}. */
    static void writeReport(RosterReport r, Path part, Path target, Path databaseFile) throws Exception {
        try {
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                         .setHeader("row", "applicant_id", "outcome", "reason").get())) {
                for (RowRejection x : r.rejected()) {
                    csv.printRecord(x.rowNumber(), Cells.safe(x.applicantId()), "rejected", Cells.safe(x.reason()));
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(e, target, databaseFile);
        }
    }
}
