package org.secondlook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.OfficeTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code training conflicts}: at headquarters, the open training conflicts (two offices moved one applicant's
 * record differently), one a line, tab-separated; {@code training conflicts resolve ID --keep OFFICE --reason R}
 * keeps one office's record (supervisors), the other set aside, the choice audited.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Open training conflicts, one a line, tab-separated: conflict id, applicant id, office, its state,"
                + " other office, its state, found at.",
        subcommands = TrainingConflictsCommand.Resolve.class)
public class TrainingConflictsCommand implements Callable<Integer> {
    @ParentCommand
    TrainingCommand training;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = training.root.login()) {
            PrintWriter out = training.root.out();
            for (OfficeTraining.Conflict c : session.remediation().officeConflicts()) {
                out.println(String.join("\t", Long.toString(c.id()), TrainingCommand.cell(c.applicantId()),
                        TrainingCommand.cell(c.office()), TrainingCommand.cell(c.state()),
                        TrainingCommand.cell(c.otherOffice()), TrainingCommand.cell(c.otherState()),
                        TrainingCommand.cell(c.createdAt())));
            }
            return ExitCode.OK;
        }
    }

    /** {@code training conflicts resolve ID --keep OFFICE --reason R}. */
    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Keep one office's training record of a conflict (supervisors); the other office's record is"
                    + " set aside. The reason goes into the audit trail.")
    static class Resolve implements Callable<Integer> {
        @ParentCommand
        TrainingConflictsCommand conflicts;

        @Parameters(paramLabel = "ID", description = "The conflict id, first on each line of 'training conflicts'.")
        long id;

        @Option(names = "--keep", required = true, paramLabel = "OFFICE",
                description = "The office whose record headquarters keeps (one of the conflict's two).")
        String keep;

        @Option(names = "--reason", required = true, paramLabel = "R", description = "Why, for the audit trail.")
        String reason;

        @Override
        public Integer call() throws Exception {
            TrainingCommand training = conflicts.training;
            try (ReviewSession session = training.root.login()) {
                OfficeTraining.Conflict c = session.remediation().resolveOfficeConflict(id, keep, reason);
                String other = c.office().equals(keep.strip()) ? c.otherOffice() : c.office();
                training.root.out().println("Kept " + keep.strip() + "'s training record of case " + c.applicantId()
                        + "; " + other + "'s is set aside.");
                return ExitCode.OK;
            }
        }
    }
}
