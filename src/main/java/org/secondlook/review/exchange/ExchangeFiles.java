package org.secondlook.review.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import org.secondlook.review.accounts.TrustedOffices;

/**
 * The exchange's file formats — the Excel workbook and the signed package — as the use cases in
 * {@link ExchangeService} need them. Implemented in the {@code exchange} layer and wired in the
 * composition root; the use cases decide who may do what and write the audit events.
 */
public interface ExchangeFiles {
    /**
     * Writes the workbook to {@code target}, replacing a file there only once the new one is complete.
     *
     * @param password null for a plain workbook
     * @throws ExportCancelledException when {@code progress} asked to stop (nothing is left behind)
     */
    ExportResult writeWorkbook(ExportSource source, String office, Path target, char[] password, ExportProgress progress);

    /** Writes the signed package, its personal parts encrypted to {@code headquarters} (null: not registered). */
    PackageSummary writePackage(PackageSource source, Path target, KeyPair signing, PublicKey headquarters)
            throws IOException;

    /** Checks a package from an office; {@link PackageRejectedException} says exactly what is wrong. */
    PackageSummary verifyPackage(Path file, TrustedOffices trust, KeyPair headquarters);

    /** Verifies, then hands the package's records to {@code target} in one transaction (all or nothing). */
    PackageMergeTarget.MergeReport mergePackage(Path file, TrustedOffices trust, KeyPair headquarters,
                                                PackageMergeTarget target);
}
