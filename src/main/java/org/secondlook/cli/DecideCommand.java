package org.secondlook.cli;

import java.util.concurrent.Callable;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code decide ID --track LEO|ACADEMY --reason CODE [--note TEXT]}: the same service as the review screen. */
@Command(name = "decide", description = "Decide a case: track and reason (on a signed-off case, a superseding decision).")
public class DecideCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
    String applicantId;

    @Mixin
    TrackAndReason choice;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the supervisor.")
    String note;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession s = root.login()) {
            ReviewState before = s.cases().load(applicantId).summary().state();
            s.decisions().decide(applicantId, choice.track, choice.reason, note, SignOffService.CURRENT);
            root.out().println("Decided case " + applicantId.strip() + ": " + choice.track + " (" + choice.reason.strip() + ")"
                    + (before == ReviewState.SIGNED_OFF ? ", superseding the signed-off decision" : "")
                    + "; it waits for a supervisor's sign-off.");
            return ExitCode.OK;
        }
    }
}
