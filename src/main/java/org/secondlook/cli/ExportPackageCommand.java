package org.secondlook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.review.exchange.PackageSummary;
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
            PackageSummary m;
            try {
                m = session.exchange().exportPackage(output);
            } catch (PackageRejectedException e) {
                throw new InvalidInputException(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw OutputFailures.naming(e, output, root.dataDirectory().databaseFile());
            }
            root.out().println("cases = " + m.cases());
            root.out().println("decisions = " + m.decisions());
            root.out().println("audit_events = " + m.auditEvents());
            root.out().println("chain_head = " + m.chainHead().seq() + " " + m.chainHead().hash());
            root.out().println("file = " + output.toAbsolutePath());
            return ExitCode.OK;
        }
    }
}
