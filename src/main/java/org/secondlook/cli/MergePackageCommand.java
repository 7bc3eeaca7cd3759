package org.secondlook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.PackageMergeTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code merge-package FILE}: verifies, then merges all or nothing (exit 1 when the package is refused). */
@Command(name = "merge-package", description = "Verify a package, then merge its cases, decisions and events (all or nothing).")
public class MergePackageCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "FILE", description = "The package file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = root.login()) {
            PackageMergeTarget.MergeReport r;
            try {
                r = session.exchange().mergePackage(file);
            } catch (PackageRejectedException e) {
                root.err().println(e.getMessage());
                return ExitCode.CHECK_FAILED;
            }
            root.out().println("cases_added = " + r.casesAdded());
            root.out().println("versions_added = " + r.versionsAdded());
            root.out().println("decisions_added = " + r.decisionsAdded());
            root.out().println("sign_offs_added = " + r.signOffsAdded());
            root.out().println("audit_events_added = " + r.auditEventsAdded());
            root.out().println("states_changed = " + r.statesChanged());
            root.out().println("conflicts = " + r.conflicts());
            root.out().println("unchanged = " + r.unchanged());
            if (r.changedNothing()) {
                root.out().println("nothing changed");
            }
            return ExitCode.OK;
        }
    }
}
