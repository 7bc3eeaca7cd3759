package org.secondlook.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import org.secondlook.exchange.pack.AuditHasher;
import org.secondlook.exchange.pack.Manifest;
import org.secondlook.exchange.pack.PackageExporter;
import org.secondlook.exchange.pack.PackageJson;
import org.secondlook.exchange.pack.PackageMerger;
import org.secondlook.exchange.pack.PackageParts;
import org.secondlook.exchange.pack.PackageVerifier;
import org.secondlook.exchange.pack.PackageWriter;
import org.secondlook.exchange.pack.PartCipher;
import org.secondlook.exchange.pack.VerifiedPackage;
import org.secondlook.exchange.pack.ZipLimits;
import org.secondlook.review.accounts.TrustedOffices;
import org.secondlook.review.exchange.ExchangeFiles;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.review.exchange.ExportSource;
import org.secondlook.review.exchange.PackageMergeTarget;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.review.exchange.PackageSource;
import org.secondlook.review.exchange.PackageSummary;

/** The workbook writer, the package writer, its verifier and its merger behind the use cases' {@link ExchangeFiles}. */
public final class ExchangeFormats implements ExchangeFiles {
    private final Clock clock;
    private final SecureRandom random;

    /** Builds nothing yet: the JSON and cipher parts are made when a package is written or read. */
    public ExchangeFormats(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public ExportResult writeWorkbook(ExportSource source, String office, Path target, char[] password,
                                      ExportProgress progress) {
        return new WorkbookExporter(clock).export(source, office, target, password, progress);
    }

    @Override
    public PackageSummary writePackage(PackageSource source, Path target, KeyPair signing, PublicKey headquarters)
            throws IOException {
        PackageJson json = new PackageJson();
        PackageExporter exporter = new PackageExporter(new PackageWriter(new PartCipher(random), json, clock),
                new WorkbookExporter(clock), json);
        return summary(exporter.export(source, target, signing, headquarters));
    }

    @Override
    public PackageSummary verifyPackage(Path file, TrustedOffices trust, KeyPair headquarters) {
        try (VerifiedPackage p = verifier().verify(file, trust, headquarters.getPrivate(), headquarters.getPublic())) {
            return summary(p.manifest());
        } catch (IOException e) {
            throw new PackageRejectedException("The package could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public PackageMergeTarget.MergeReport mergePackage(Path file, TrustedOffices trust, KeyPair headquarters,
                                                       PackageMergeTarget target) {
        return new PackageMerger(verifier()).merge(file, trust, headquarters.getPrivate(), headquarters.getPublic(),
                target);
    }

    private PackageVerifier verifier() {
        return new PackageVerifier(ZipLimits.PACKAGE, new PartCipher(random), new PackageJson(),
                AuditHasher.SHA256_HEX_CONCAT);
    }

    private static PackageSummary summary(Manifest m) {
        return new PackageSummary(m.office(), m.count(PackageParts.COUNT_CASES), m.count(PackageParts.COUNT_DECISIONS),
                m.count(PackageParts.COUNT_AUDIT_EVENTS), m.auditHead());
    }
}
