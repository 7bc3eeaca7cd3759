package org.secondlook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.intake.RowRejection;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import FILE [--report REPORT.csv]}: imports a batch and prints the counts and the rejected rows. */
@Command(name = "import", description = "Import a batch (CSV, XLSX or JSON Lines) and print what changed.")
public class ImportCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "FILE", description = "The batch file.")
    Path file;

    @Option(names = "--report", paramLabel = "REPORT.csv", description = "Also write the rejected rows and notes to this CSV file.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("The batch file " + file + " does not exist: check the path.");
        }
        try (ReviewSession session = root.login()) {
            ImportReport r = session.imports().importBatch(file, ImportProgress.NONE);
            PrintWriter out = root.out();
            out.println(r.countsLine());
            for (RowRejection x : r.rejections()) {
                out.println("row " + x.rowNumber() + " (" + (x.applicantId() == null ? "no id" : x.applicantId()) + "): "
                        + x.reason());
            }
            for (String note : r.notes()) {
                out.println("note: " + note);
            }
            if (r.nothingChanged()) {
                out.println("nothing changed");
            }
            if (r.cancelled()) {
                out.println("cancelled: the rows before the cancel were imported");
            }
            if (report != null) {
                writeReport(r, report);
            }
            return ExitCode.OK;
        }
    }

    /** The rejected rows and notes as CSV, every cell neutralised against formula injection. */
    static void writeReport(ImportReport r, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                     .setHeader("row", "applicant_id", "outcome", "reason").get())) {
            for (RowRejection x : r.rejections()) {
                csv.printRecord(x.rowNumber(), Cells.safe(x.applicantId()), "rejected", Cells.safe(x.reason()));
            }
            for (String note : r.notes()) {
                csv.printRecord("", "", "note", Cells.safe(note));
            }
        } catch (IOException e) {
            throw new InvalidInputException("The report " + file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
