package org.secondlook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.review.exchange.PackageSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code verify-package FILE}: says valid, or exactly what is wrong (exit code 1). */
@Command(name = "verify-package", description = "Check a package from an office: signer, parts, audit chain (exit 1 if not valid).")
public class VerifyPackageCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "FILE", description = "The package file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = root.login()) {
            PackageSummary m;
            try {
                m = session.exchange().verifyPackage(file);
            } catch (PackageRejectedException e) {
                root.out().println("valid = no");
                root.err().println(e.getMessage());
                return ExitCode.CHECK_FAILED;
            }
            root.out().println("valid = yes");
            root.out().println("office = " + m.office());
            root.out().println("cases = " + m.cases());
            root.out().println("decisions = " + m.decisions());
            root.out().println("audit_events = " + m.auditEvents());
            root.out().println("chain_head = " + m.chainHead().seq() + " " + m.chainHead().hash());
            return ExitCode.OK;
        }
    }
}
