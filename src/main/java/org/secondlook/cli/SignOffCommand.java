package org.secondlook.cli;

import java.util.concurrent.Callable;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sign-off ID --approve|--return [--comment TEXT]}: never one's own decision. */
@Command(name = "sign-off", description = "Approve a decision, or return it to its reviewer with a comment.")
public class SignOffCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
    String applicantId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    static class Outcome {
        @Option(names = "--approve", required = true, description = "Approve the decision.")
        boolean approve;

        @Option(names = "--return", required = true, description = "Return it to its reviewer (needs --comment).")
        boolean giveBack;
    }

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why (required with --return).")
    String comment;

    @Override
    public Integer call() throws Exception {
        if (outcome.giveBack && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("Give a --comment when you return a decision: its reviewer reads it.");
        }
        try (ReviewSession s = root.login()) {
            String id = applicantId.strip();
            if (outcome.approve) {
                s.signOffs().approve(id, SignOffService.CURRENT);
                root.out().println("Signed off case " + id + ".");
            } else {
                s.signOffs().returnDecision(id, comment, SignOffService.CURRENT);
                root.out().println("Returned case " + id + " to its reviewer with your comment.");
            }
            return ExitCode.OK;
        }
    }
}
