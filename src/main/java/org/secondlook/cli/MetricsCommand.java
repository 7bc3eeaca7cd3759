package org.secondlook.cli;

import java.util.concurrent.Callable;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.oversight.Figure;
import org.secondlook.review.oversight.Metrics;
import org.secondlook.review.oversight.MetricsScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code metrics [--office O] [--since D]}: every oversight figure as {@code name = value} lines (admin, supervisor). */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Print the oversight figures as name = value lines: backlog, decisions, sign-offs, the tool's"
                + " LEO label confirmed or overturned, waiting times, analyzer agreement, top evidence phrases."
                + " An empty value means undefined (nothing to measure yet).")
public class MetricsCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--office", paramLabel = "O", description = "Only cases of this field office.")
    String office;

    @Option(names = "--since", paramLabel = "DATE", description = "Only cases imported on or after this day (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only cases imported on or before this day (YYYY-MM-DD);"
            + " the per-day series end there.")
    String until;

    @Override
    public Integer call() throws Exception {
        MetricsScope scope = new MetricsScope(office, ExportCommand.parseDate(since), ExportCommand.parseDate(until));
        try (ReviewSession s = root.login()) {
            Metrics m = s.oversight().metrics(scope);
            for (Figure f : m.figures()) {
                root.out().println(f);
            }
            return ExitCode.OK;
        }
    }
}
