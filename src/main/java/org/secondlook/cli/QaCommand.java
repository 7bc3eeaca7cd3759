package org.secondlook.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.Agreement;
import org.secondlook.review.qa.QaService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code qa}: blind QA second review of signed-off decisions, its queue, settlements and agreement figures. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Blind QA second review: status, queue, show, answer, settle, agreement, share.",
        subcommands = {QaCommand.Status.class, QaCommand.Queue.class, QaCommand.Show.class, QaCommand.Answer.class,
                QaCommand.Settle.class, QaCommand.AgreementFigures.class, QaCommand.Share.class})
public class QaCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    static String decimal(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static void figure(PrintWriter out, String name, Object value) {
        String v = value == null ? "" : value.toString();
        out.println(v.isEmpty() ? name + " =" : name + " = " + v);
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print qa_sampled, qa_pending, qa_answered, qa_settled, qa_awaiting_settlement,"
                    + " qa_agreement_share, qa_kappa (empty where undefined) and qa_share.")
    static class Status implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                QaService.QaStatus st = s.qa().status();
                PrintWriter out = qa.root.out();
                figure(out, "qa_sampled", st.sampled());
                figure(out, "qa_pending", st.pending());
                figure(out, "qa_answered", st.answered());
                figure(out, "qa_settled", st.settled());
                figure(out, "qa_awaiting_settlement", st.awaitingSettlement());
                figure(out, "qa_agreement_share", decimal(st.agreementShare()));
                figure(out, "qa_kappa", decimal(st.kappa()));
                figure(out, "qa_share", s.qa().share().toPlainString());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "List the cases waiting, one a line, tab-separated: id, what it waits for (second-review or"
                    + " settlement), queued at, office. A reviewer sees the second reviews waiting for them.")
    static class Queue implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N lines (default: all).")
        int limit;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                for (QaService.Waiting w : s.qa().queue(limit)) {
                    qa.root.out().println(w.applicantId() + "\t"
                            + (w.waitingFor() == QaService.WaitingFor.SECOND_REVIEW ? "second-review" : "settlement")
                            + "\t" + w.queuedAt() + "\t" + (w.office() == null ? "" : w.office()));
                }
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a case waiting for your second review, blind: its résumé text, nothing of the first"
                    + " decision, the tool's label or the analyzer's verdict.")
    static class Show implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                QaService.BlindCase c = s.qa().blindCase(applicantId);
                PrintWriter out = qa.root.out();
                out.println("id = " + c.applicantId());
                out.println("name = " + c.fullName());
                out.println("office = " + (c.office() == null ? "" : c.office()));
                out.println();
                out.println(c.resumeText());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true,
            description = "Give the blind second review of a case (a reviewer other than the one who decided).")
    static class Answer implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Mixin
        TrackAndReason choice;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                s.qa().answer(applicantId, choice.track, choice.reason);
                qa.root.out().println("Recorded your second review of case " + applicantId.strip() + ".");
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "settle", mixinStandardHelpOptions = true,
            description = "Settle a QA disagreement (a supervisor who was neither reviewer). When the track differs from"
                    + " the first decision's, a decision with it supersedes the first, signed off by you.")
    static class Settle implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Mixin
        TrackAndReason choice;

        @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "Why (goes into the audit trail).")
        String comment;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                s.qa().settle(applicantId, choice.track, choice.reason, comment);
                qa.root.out().println("Settled the QA disagreement on case " + applicantId.strip() + ": "
                        + choice.track + " (" + choice.reason.strip() + ").");
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "Print percent agreement and Cohen's kappa on the track, overall, per reviewer pair and per"
                    + " reason code of the first decision, with a warning where the sample is under 30 or one"
                    + " answer dominates (admin, supervisor).")
    static class AgreementFigures implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = qa.root.login()) {
                QaService.AgreementReport r = s.qa().agreement();
                PrintWriter out = qa.root.out();
                print(out, "qa_agreement", r.overall());
                for (Agreement a : r.byReviewerPair()) {
                    print(out, "qa_pair." + a.group(), a);
                }
                for (Agreement a : r.byReasonCode()) {
                    print(out, "qa_reason." + a.group(), a);
                }
                return ExitCode.OK;
            }
        }

        private static void print(PrintWriter out, String prefix, Agreement a) {
            figure(out, prefix + ".reviews", a.items());
            figure(out, prefix + ".agreed", a.agreed());
            figure(out, prefix + ".share", decimal(a.share()));
            figure(out, prefix + ".kappa", decimal(a.kappa()));
            if (!a.warnings().isEmpty()) {
                figure(out, prefix + ".warning", String.join("; ", a.warnings()));
            }
        }
    }

    @Command(name = "share", mixinStandardHelpOptions = true,
            description = "Print the share of approvals not keeping an applicant on the LEO program that is sampled"
                    + " (qa_share), or set it with --set (admin).")
    static class Share implements Callable<Integer> {
        @ParentCommand
        QaCommand qa;

        @Option(names = "--set", paramLabel = "SHARE", description = "The new share, as 0.15 or 15%%.")
        String set;

        @Override
        public Integer call() throws Exception {
            BigDecimal value = null;
            if (set != null) {
                String t = set.strip();
                try {
                    value = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                            : new BigDecimal(t);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("The QA share '" + t + "' is not a number: give it as 0.15 or 15%.");
                }
            }
            try (ReviewSession s = qa.root.login()) {
                if (value != null) {
                    s.qa().setShare(value);
                }
                figure(qa.root.out(), "qa_share", s.qa().share().toPlainString());
                return ExitCode.OK;
            }
        }
    }
}
