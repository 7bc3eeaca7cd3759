package org.secondlook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.exchange.pack.PublicKeys;
import org.secondlook.exchange.pack.PublicKeysFile;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keys export-public --output FILE}: the installation's public keys, for headquarters or an office. */
@Command(name = "keys", description = "The installation's keys.", subcommands = KeysCommand.ExportPublic.class)
public class KeysCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes the signing and encryption public keys with their fingerprints. */
    @Command(name = "export-public", description = "Write this installation's public keys (signing and encryption) to a file.")
    public static class ExportPublic implements Callable<Integer> {
        @ParentCommand
        KeysCommand keys;

        @Option(names = "--output", required = true, paramLabel = "FILE", description = "The public-key file to write.")
        Path output;

        @Override
        public Integer call() throws Exception {
            SecondLookCommand root = keys.root;
            Path parent = output.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new InvalidInputException("Cannot write " + output + ": its folder does not exist.");
            }
            try (ReviewSession session = root.login()) {
                KeyRing ring = session.exports().keys();
                PublicKeys pub = new PublicKeys(session.officeName(), ring.signingKeys().getPublic(),
                        ring.agreementKeys().getPublic());
                new PublicKeysFile().write(pub, output);
                root.out().println("office = " + pub.office());
                root.out().println("signing_fingerprint = " + pub.signingFingerprint());
                root.out().println("encryption_fingerprint = " + pub.encryptionFingerprint());
                root.out().println("file = " + output.toAbsolutePath());
                return ExitCode.OK;
            }
        }
    }
}
