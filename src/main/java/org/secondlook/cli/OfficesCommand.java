package org.secondlook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.exchange.pack.PublicKeys;
import org.secondlook.exchange.pack.PublicKeysFile;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code offices hq --public-key FILE} (at an office: where packages go) and
 * {@code offices trust NAME --public-key FILE} (at headquarters: whose packages are accepted). Admin only.
 */
@Command(name = "offices", description = "Register headquarters' key, or trust an office's key.",
        subcommands = {OfficesCommand.Hq.class, OfficesCommand.Trust.class})
public class OfficesCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static PublicKeys read(Path file) {
        try {
            return new PublicKeysFile().read(file);
        } catch (PackageRejectedException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Packages exported here are encrypted to this headquarters key from now on. */
    @Command(name = "hq", description = "Register the headquarters public-key file; packages are encrypted to it.")
    public static class Hq implements Callable<Integer> {
        @ParentCommand
        OfficesCommand offices;

        @Option(names = "--public-key", required = true, paramLabel = "FILE",
                description = "The file headquarters wrote with 'keys export-public'.")
        Path file;

        @Override
        public Integer call() throws Exception {
            PublicKeys keys = read(file);
            try (ReviewSession session = offices.root.login()) {
                session.exports().keys().registerHeadquarters(keys.encryption(), keys.encryptionFingerprint());
                offices.root.out().println("headquarters = " + (keys.office() == null ? "" : keys.office()));
                offices.root.out().println("encryption_fingerprint = " + keys.encryptionFingerprint());
                return ExitCode.OK;
            }
        }
    }

    /** Packages signed by this office with this key are accepted here. */
    @Command(name = "trust", description = "Trust an office's signing key (headquarters).")
    public static class Trust implements Callable<Integer> {
        @ParentCommand
        OfficesCommand offices;

        @Parameters(paramLabel = "NAME", description = "The office's name, as its packages give it.")
        String name;

        @Option(names = "--public-key", required = true, paramLabel = "FILE",
                description = "The file the office wrote with 'keys export-public'.")
        Path file;

        @Override
        public Integer call() throws Exception {
            PublicKeys keys = read(file);
            if (name.isBlank()) {
                throw new InvalidInputException("Give the office's name, as its packages give it.");
            }
            if (keys.office() != null && !keys.office().equals(name.strip())) {
                throw new InvalidInputException("The key file is for office '" + keys.office() + "', not '" + name
                        + "': check the name or the file.");
            }
            try (ReviewSession session = offices.root.login()) {
                session.exports().keys().trust(name.strip(), keys.signing(), keys.signingFingerprint());
                offices.root.out().println("trusted = " + name.strip());
                offices.root.out().println("signing_fingerprint = " + keys.signingFingerprint());
                return ExitCode.OK;
            }
        }
    }
}
