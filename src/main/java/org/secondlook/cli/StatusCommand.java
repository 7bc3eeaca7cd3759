package org.secondlook.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.cases.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code status}: what the database holds, as {@code name = value} lines. */
@Command(name = "status", description = "Show what the database holds (cases by state, label and office; imports; accounts).")
public class StatusCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = root.loginToRead()) {
            StatusReport r = session.status();
            PrintWriter out = root.out();
            out.println("cases = " + r.cases());
            print(out, "cases.state.", r.byState());
            print(out, "cases.label.", r.byLabel());
            print(out, "cases.office.", r.byOffice());
            out.println("office = " + session.officeName());
            int n = 0;
            for (StatusReport.ImportSummary i : r.lastImports()) {
                n++;
                out.println("import." + n + " = " + i.startedAt() + " " + i.fileName() + " by " + i.importedBy() + ": "
                        + (i.finishedAt() == null ? "did not finish"
                        : i.added() + " new, " + i.updated() + " updated, " + i.unchanged() + " unchanged, "
                                + i.rejected() + " rejected"));
            }
            for (StatusReport.Account a : r.accounts()) {
                out.println("account." + a.name() + " = " + a.roles().stream().map(x -> x.name().toLowerCase())
                        .collect(Collectors.joining(",")) + (a.enabled() ? "" : " (disabled)"));
            }
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, String prefix, Map<String, Long> counts) {
        counts.forEach((k, v) -> out.println(prefix + (k.isEmpty() ? "(none)" : k) + " = " + v));
    }
}
