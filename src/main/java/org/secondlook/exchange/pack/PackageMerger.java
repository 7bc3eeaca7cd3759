package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.exchange.CaseRecord;
import org.secondlook.review.exchange.DecisionRecord;
import org.secondlook.review.exchange.TrainingRecord;
import org.secondlook.review.exchange.PackageMergeTarget;
import org.secondlook.review.accounts.TrustedOffices;

/**
 * {@code merge-package}: verifies the package first (every check of {@code verify-package}), then
 * hands its records to the store's merge in one transaction — all or nothing.
 */
public final class PackageMerger {
    private final PackageVerifier verifier;

    public PackageMerger(PackageVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * @throws PackageRejectedException when the package fails a check or turns out damaged while merging
     *                                  (then nothing was merged)
     */
    public PackageMergeTarget.MergeReport merge(Path file, TrustedOffices trust, PrivateKey hqKey, PublicKey hqPublic,
                                                PackageMergeTarget target) {
        try (VerifiedPackage p = verifier.verify(file, trust, hqKey, hqPublic)) {
            return target.merge(p.office(), p.manifest().auditHead(), sink -> {
                p.readLines(PackageParts.CASES, CaseRecord.class, sink::acceptCase);
                p.readLines(PackageParts.DECISIONS, DecisionRecord.class, sink::acceptDecision);
                if (p.manifest().part(PackageParts.TRAINING).isPresent()) {
                    p.readLines(PackageParts.TRAINING, TrainingRecord.class, sink::acceptTraining);
                }
                p.readLines(PackageParts.AUDIT, AuditRecord.class, sink::acceptAuditEvent);
            });
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PackageRejectedException("Nothing was merged: " + m, e);
        }
    }
}
