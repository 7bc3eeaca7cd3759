package org.secondlook.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.secondlook.domain.RemediationState;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.RemediationService;
import org.secondlook.review.remediation.TrainingDetail;
import org.secondlook.review.remediation.TrainingLine;
import org.secondlook.review.remediation.TrainingStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code training}: recall and verified academy completion after a signed-off decision (issue 15). An
 * applicant id names the record; lists print one record a line, tab-separated, the id first.
 */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Training records after sign-off: list, show, move, attach, verify, approve, import, status, and"
                + " headquarters' training conflicts.",
        subcommands = {TrainingCommand.ListRecords.class, TrainingCommand.Show.class, TrainingMoves.Attach.class,
                TrainingMoves.Verify.class, TrainingMoves.Move.class, TrainingMoves.Approve.class,
                TrainingImportCommand.class, TrainingCommand.Status.class, TrainingConflictsCommand.class})
public class TrainingCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    static RemediationState state(String text) {
        try {
            return RemediationState.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** A value for a tab-separated line: no tabs or line breaks inside, empty for none. */
    static String cell(Object value) {
        return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ");
    }

    /** {@code training list [--state S] [--office O] [--overdue] [--class C]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One record a line, tab-separated: applicant id, action, state, office, due date.")
    static class ListRecords implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Option(names = "--state", paramLabel = "S", description = "Only records in this state (VOIDED ones only this way).")
        String state;

        @Option(names = "--office", paramLabel = "O", description = "Only records of this field office.")
        String office;

        @Option(names = "--overdue", description = "Only overdue records.")
        boolean overdue;

        @Option(names = "--class", paramLabel = "C", description = "Only records in this academy class.")
        String classNumber;

        @Override
        public Integer call() throws Exception {
            RemediationState s = state == null ? null : state(state);
            try (ReviewSession session = training.root.login()) {
                PrintWriter out = training.root.out();
                for (TrainingLine l : session.remediation().list(new RemediationService.ListQuery(s, office, overdue,
                        classNumber, 0))) {
                    out.println(String.join("\t", cell(l.applicantId()), l.action().name(), l.state().name(),
                            cell(l.office()), cell(l.dueDate())));
                }
                return ExitCode.OK;
            }
        }
    }

    /** {@code training show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One record: its state, class, evidence and every move, as name = value lines.")
    static class Show implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession session = training.root.login()) {
                TrainingDetail d = session.remediation().show(applicantId);
                PrintWriter out = training.root.out();
                TrainingLine l = d.line();
                out.println("applicant_id = " + l.applicantId());
                out.println("action = " + l.action());
                out.println("state = " + l.state());
                out.println("attempt = " + l.attempt());
                out.println("office = " + cell(l.office()));
                out.println("decision = " + d.decisionId());
                out.println("could_take_leo = " + d.couldTakeLeo());
                out.println("class = " + cell(l.classNumber()));
                out.println("report_date = " + cell(d.reportDate()));
                out.println("class_start = " + cell(d.classStart()));
                out.println("class_end = " + cell(d.classEnd()));
                out.println("due_date = " + cell(l.dueDate()));
                out.println("overdue = " + l.overdue());
                out.println("evidence_by = " + cell(d.evidenceBy()));
                out.println("verified_by = " + cell(d.verifiedBy()));
                out.println("verified_at = " + cell(d.verifiedAt()));
                if (d.waiver() != null) {
                    TrainingDetail.Waiver w = d.waiver();
                    out.println("waiver.reason = " + w.reason());
                    out.println("waiver.note = " + cell(w.text()));
                    out.println("waiver.authority = " + cell(w.authority()));
                    out.println("waiver.asked_by = " + w.requestedBy());
                    out.println("waiver.approved_by = " + cell(w.approvedBy()));
                }
                int n = 0;
                for (TrainingDetail.Evidence e : d.evidence()) {
                    n++;
                    out.println("evidence." + n + " = " + e.id() + " " + e.kind() + " " + cell(e.file())
                            + (e.row() == null ? "" : " row " + e.row()) + " class " + cell(e.classNumber())
                            + (e.sha256() == null ? " result " + (e.result() == null || e.result().isEmpty() ? "(none)"
                            : e.result()) : " sha256 " + e.sha256()) + " by " + e.attachedBy() + " at " + e.attachedAt());
                }
                n = 0;
                for (TrainingDetail.Move m : d.moves()) {
                    n++;
                    out.println("move." + n + " = " + m.at() + " " + m.by() + " " + (m.from() == null ? "" : m.from() + " -> ")
                            + m.to() + " (attempt " + m.attempt() + "): " + cell(m.detail()));
                }
                n = 0;
                for (TrainingDetail.Earlier e : d.earlier()) {
                    n++;
                    out.println("earlier." + n + " = decision " + e.decisionId() + " " + e.action() + " " + e.state());
                }
                return ExitCode.OK;
            }
        }
    }

    /** {@code training status}: the figures as {@code name = value} lines. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Records by action and state, overdue, verified and the verified share (overall and per office).")
    static class Status implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession session = training.root.login()) {
                print(session.remediation().status(), training.root.out());
                return ExitCode.OK;
            }
        }

        static void print(TrainingStatus s, PrintWriter out) {
            out.println("records = " + s.records());
            s.byAction().forEach((k, v) -> out.println("action." + k + " = " + v));
            s.byState().forEach((k, v) -> out.println("state." + k + " = " + v));
            out.println("overdue = " + s.overdue());
            out.println("verified = " + s.verified());
            out.println("verified_share = " + share(s.verifiedShare()));
            for (Map.Entry<String, Double> e : s.officeShares().entrySet()) {
                out.println("office." + (e.getKey().isEmpty() ? "(none)" : e.getKey()) + ".verified_share = "
                        + share(e.getValue()));
            }
        }

        static String share(double v) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
    }

    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(option + " '" + text + "' is not a date in the form YYYY-MM-DD.");
        }
    }
}
