package org.secondlook.cli;

import java.security.SecureRandom;
import java.time.Clock;
import org.secondlook.exchange.WorkbookExporter;
import org.secondlook.exchange.pack.AuditHasher;
import org.secondlook.exchange.pack.PackageExporter;
import org.secondlook.exchange.pack.PackageJson;
import org.secondlook.exchange.pack.PackageMerger;
import org.secondlook.exchange.pack.PackageVerifier;
import org.secondlook.exchange.pack.PackageWriter;
import org.secondlook.exchange.pack.PartCipher;
import org.secondlook.exchange.pack.ZipLimits;

/** Builds the package writer, verifier and merger for the package commands. */
final class PackageTools {
    private final PackageJson json = new PackageJson();
    private final PartCipher cipher = new PartCipher(new SecureRandom());
    private final Clock clock = Clock.systemDefaultZone();

    PackageExporter exporter() {
        return new PackageExporter(new PackageWriter(cipher, json, clock), new WorkbookExporter(clock), json);
    }

    PackageVerifier verifier() {
        return new PackageVerifier(ZipLimits.PACKAGE, cipher, json, AuditHasher.SHA256_HEX_CONCAT);
    }

    PackageMerger merger() {
        return new PackageMerger(verifier());
    }
}
