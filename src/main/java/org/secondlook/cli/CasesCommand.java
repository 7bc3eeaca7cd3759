package org.secondlook.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cases}: the review queue on the command line. */
@Command(name = "cases", description = "The review queue: list cases in queue order.",
        subcommands = CasesCommand.ListCases.class)
public class CasesCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    /**
     * {@code cases list [--state S] [--label L] [--verdict V] [--search TEXT] [--limit N]}: one case a
     * line in queue order (likeliest screening errors first), tab-separated, the applicant id first, no
     * header. Columns: applicant_id, state, classifier_label, verdict, risk, le_months, field_office,
     * decided_by, full_name (codes as stored; tabs and line breaks inside a value become spaces).
     */
    @Command(name = "list", description = {
            "One case a line in queue order, tab-separated, no header. Columns: applicant_id, state,"
                    + " classifier_label, verdict, risk, le_months, field_office, decided_by, full_name."})
    static class ListCases implements Callable<Integer> {
        static final int PAGE = 1000;

        @ParentCommand
        CasesCommand cases;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--state", paramLabel = "S", split = ",",
                description = "NEW, REFERRED, DECIDED, RETURNED or SIGNED_OFF; repeat or separate with commas for several.")
        List<String> states = List.of();

        @Option(names = "--label", paramLabel = "L", description = "The screening tool's label: LEO or NON_LEO.")
        String label;

        @Option(names = "--verdict", paramLabel = "V", description = "The analyzer's verdict: LE, NOT_LE or UNCERTAIN.")
        String verdict;

        @Option(names = "--search", paramLabel = "TEXT", description = "Words to find in the applicant id, name or résumé.")
        String search;

        @Option(names = "--limit", paramLabel = "N", description = "At most N cases (default: all).")
        Integer limit;

        @Override
        public Integer call() throws Exception {
            if (limit != null && limit < 1) {
                throw new InvalidInputException("--limit must be 1 or more.");
            }
            Set<ReviewState> wanted = states(states);
            ClassifierLabel l = oneOf("--label", label, ClassifierLabel.class);
            Verdict v = oneOf("--verdict", verdict, Verdict.class);
            String text = search == null || search.isBlank() ? null : search.strip();
            int max = limit == null ? Integer.MAX_VALUE : limit;
            PrintWriter out = cases.root.out();
            try (ReviewSession session = cases.root.login()) {
                int printed = 0;
                while (printed < max) {
                    int size = Math.min(PAGE, max - printed);
                    QueuePage page = session.cases().queue(new QueueQuery(text, wanted, null, l, v, null, null, null,
                            QueueQuery.SortKey.RISK, false, printed, size));
                    for (CaseSummary c : page.rows()) {
                        out.println(line(c));
                    }
                    printed += page.rows().size();
                    if (page.rows().size() < size) {
                        break;
                    }
                }
                out.flush();
                if (printed == 0) {
                    cases.root.err().println("No case matches.");
                }
            }
            return ExitCode.OK;
        }

        static String line(CaseSummary c) {
            return String.join("\t", cell(c.applicantId()), c.state().code(), code(c.classifierLabel()), code(c.verdict()),
                    String.format(Locale.ROOT, "%.3f", c.risk()), c.leMonths() == null ? "" : c.leMonths().toString(),
                    cell(c.fieldOffice()), cell(c.decidedBy()), cell(c.fullName()));
        }

        private static String code(Enum<?> value) {
            return value == null ? "" : value.name();
        }

        private static String cell(String value) {
            return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
        }

        private static Set<ReviewState> states(List<String> codes) {
            Set<ReviewState> out = EnumSet.noneOf(ReviewState.class);
            for (String s : codes) {
                String code = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                try {
                    out.add(ReviewState.fromCode(code));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("Unknown state '" + s.strip()
                            + "': use NEW, REFERRED, DECIDED, RETURNED or SIGNED_OFF.", e);
                }
            }
            return out;
        }

        /** The option's value as one of {@code type}'s constants (case, spaces and dashes ignored), or null. */
        private static <E extends Enum<E>> E oneOf(String option, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String code = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            if (!allowed.contains(code)) {
                throw new InvalidInputException("Unknown " + option.substring(2) + " '" + value.strip() + "': use "
                        + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1)
                        + ".");
            }
            return Enum.valueOf(type, code);
        }
    }
}
