package org.secondlook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.secondlook.review.audit.AuditCheck;
import org.secondlook.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code verify-audit}: walks the hash chain; {@code chain = ok}, or the first broken event and exit code 1. */
@Command(name = "verify-audit", description = "Check the audit trail's hash chain: events = N, chain = ok or the first broken event.")
public class VerifyAuditCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession s = root.login()) {
            AuditCheck c = s.audit().verify();
            PrintWriter out = root.out();
            out.println("events = " + c.events());
            if (c.ok()) {
                out.println("chain = ok");
                return ExitCode.OK;
            }
            out.println("chain = broken");
            out.println("first_broken_event = " + c.firstBrokenSeq());
            root.err().println("The audit trail is broken at event " + c.firstBrokenSeq() + ": " + c.problem() + ".");
            return ExitCode.CHECK_FAILED;
        }
    }
}
