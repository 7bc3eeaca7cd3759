package org.secondlook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.exchange.pack.Manifest;
import org.secondlook.exchange.pack.PackageParts;
import org.secondlook.exchange.pack.PackageRejectedException;
import org.secondlook.exchange.pack.VerifiedPackage;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.KeyRing;
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
            KeyRing keys = session.exports().keys();
            var hq = keys.agreementKeys();
            try (VerifiedPackage p = new PackageTools().verifier().verify(file, keys.trustedOffices(), hq.getPrivate(),
                    hq.getPublic())) {
                Manifest m = p.manifest();
                root.out().println("valid = yes");
                root.out().println("office = " + m.office());
                root.out().println("cases = " + m.count(PackageParts.COUNT_CASES));
                root.out().println("decisions = " + m.count(PackageParts.COUNT_DECISIONS));
                root.out().println("audit_events = " + m.count(PackageParts.COUNT_AUDIT_EVENTS));
                root.out().println("chain_head = " + m.auditHead().seq() + " " + m.auditHead().hash());
                return ExitCode.OK;
            } catch (PackageRejectedException e) {
                root.out().println("valid = no");
                root.err().println(e.getMessage());
                return ExitCode.CHECK_FAILED;
            }
        }
    }
}
