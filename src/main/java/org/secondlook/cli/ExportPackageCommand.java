package org.secondlook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.exchange.pack.Manifest;
import org.secondlook.exchange.pack.PackageParts;
import org.secondlook.exchange.pack.PackageRejectedException;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export-package --output FILE}: every case, decision and audit event, signed and encrypted to headquarters. */
@Command(name = "export-package", description = "Write the signed package for headquarters (every case, encrypted to its key).")
public class ExportPackageCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The package to write, e.g. denver-2026-11.slpkg.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("Cannot write " + output + ": its folder does not exist.");
        }
        try (ReviewSession session = root.login()) {
            KeyRing keys = session.exports().keys();
            Manifest m;
            try {
                m = new PackageTools().exporter().export(session.exports().packageSource(), output,
                        keys.signingKeys(), keys.headquartersKey().orElse(null));
            } catch (PackageRejectedException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
            session.exports().recordExport("package: " + m.count(PackageParts.COUNT_CASES) + " cases, "
                    + m.count(PackageParts.COUNT_DECISIONS) + " decisions, audit chain head " + m.auditHead().seq());
            root.out().println("cases = " + m.count(PackageParts.COUNT_CASES));
            root.out().println("decisions = " + m.count(PackageParts.COUNT_DECISIONS));
            root.out().println("audit_events = " + m.count(PackageParts.COUNT_AUDIT_EVENTS));
            root.out().println("chain_head = " + m.auditHead().seq() + " " + m.auditHead().hash());
            root.out().println("file = " + output.toAbsolutePath());
            return ExitCode.OK;
        }
    }
}
