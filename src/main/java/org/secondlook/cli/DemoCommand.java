package org.secondlook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.demo.DemoBatch;
import org.secondlook.review.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo --count N --output DIR [--seed S]}: writes a realistic, deterministic demo batch to import. */
@Command(name = "demo", description = "Write a demo batch (batch.csv and the .txt, .pdf and .docx résumés it names) to a folder.")
public class DemoCommand implements Callable<Integer> {
    static final int MAX_COUNT = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many applicants (1 to 1,000,000).")
    int count;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The same seed gives the same batch (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("--count must be between 1 and 1,000,000.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InvalidInputException(output + " is a file; give a folder for --output.");
        }
        if (Files.exists(output.resolve(DemoBatch.CSV_NAME))) {
            throw new InvalidInputException(output + " already holds a " + DemoBatch.CSV_NAME + "; choose an empty folder for the demo batch.");
        }
        DemoBatch.Summary s = new DemoBatch().write(output, count, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + s.applicants() + " applicants to " + s.csv() + " (import it with: import " + s.csv() + ").");
        out.println("Wrote the academy roster " + s.roster() + " (after sign-off, import it with: training import "
                + s.roster() + ").");
        out.println("applicants = " + s.applicants());
        out.println("resume_inline = " + s.inline());
        out.println("resume_txt = " + s.txt());
        out.println("resume_pdf = " + s.pdf());
        out.println("resume_docx = " + s.docx());
        out.println("labelled_leo = " + s.labelledLeo());
        out.println("labelled_non_leo = " + s.labelledNonLeo());
        out.println("roster_rows = " + s.rosterRows());
        out.flush();
        return ExitCode.OK;
    }
}
