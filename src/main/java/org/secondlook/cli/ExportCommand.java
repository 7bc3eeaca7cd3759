package org.secondlook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.ExportFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --output FILE.xlsx [--state S]… [--office O] [--since DATE] [--password-file F]}: the
 * Excel workbook of the selected cases (every case without {@code --state}), for admins and supervisors.
 */
@Command(name = "export", description = "Write the Excel workbook (Decisions, Evidence, Audit, Summary) of the cases.")
public class ExportCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path output;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "Only cases in these states: NEW, REFERRED, DECIDED, RETURNED, SIGNED_OFF (repeat or comma-separate).")
    List<String> states = List.of();

    @Option(names = "--office", paramLabel = "OFFICE", description = "Only cases of this field office.")
    String office;

    @Option(names = "--since", paramLabel = "DATE", description = "Only cases imported or changed on or after this day (YYYY-MM-DD).")
    String since;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Encrypt the workbook with the password in this file (Excel asks for it when opening).")
    Path workbookPasswordFile;

    @Override
    public Integer call() throws Exception {
        ExportFilter filter = new ExportFilter(parseStates(states), office, parseDate(since));
        char[] workbookPassword = workbookPasswordFile == null ? null
                : Credentials.readPasswordFile(workbookPasswordFile);
        try (ReviewSession session = root.login()) {
            ExportResult r;
            try {
                r = session.exchange().export(filter, output, workbookPassword, ExportProgress.NONE);
            } catch (RuntimeException e) {
                throw OutputFailures.naming(e, output, root.dataDirectory().databaseFile());
            }
            PrintWriter out = root.out();
            out.println("cases = " + r.decisions());
            out.println("evidence = " + r.evidence());
            out.println("audit_events = " + r.auditEvents());
            out.println("encrypted = " + (r.encrypted() ? "yes" : "no"));
            out.println("file = " + r.file());
            return ExitCode.OK;
        } finally {
            if (workbookPassword != null) {
                Arrays.fill(workbookPassword, '\0');
            }
        }
    }

    static Set<ReviewState> parseStates(List<String> names) {
        Set<ReviewState> out = EnumSet.noneOf(ReviewState.class);
        for (String n : names) {
            String code = n.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            try {
                out.add(ReviewState.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown state '" + n + "': use NEW, REFERRED, DECIDED, RETURNED or SIGNED_OFF.");
            }
        }
        return out;
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("The date '" + text + "' is not a day in the form YYYY-MM-DD, e.g. 2026-11-01.");
        }
    }
}
