package org.secondlook.review.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import org.secondlook.review.accounts.KeyRing;

/**
 * The exchange's use cases for one logged-in user: the workbook export, and the signed package's export,
 * verification and merge at headquarters. Who may do what is checked by {@link Exports} (the account as
 * stored now); headquarters' private key stays here and in the file formats, never with a caller.
 */
public final class ExchangeService implements WorkbookExport {
    private final Exports exports;
    private final ExchangeFiles files;
    private final String office;

    public ExchangeService(Exports exports, ExchangeFiles files, String office) {
        this.exports = exports;
        this.files = files;
        this.office = office;
    }

    @Override
    public ExportResult export(ExportFilter filter, Path target, char[] password, ExportProgress progress) {
        ExportResult r = files.writeWorkbook(exports.workbook(filter), office, target, password, progress);
        exports.recordWorkbookExport(r.decisions(), r.evidence(), r.auditEvents(), r.encrypted(), filter);
        return r;
    }

    /**
     * Writes the signed package for headquarters and records its audit event.
     *
     * @throws PackageRejectedException when the package cannot be made (e.g. no headquarters key)
     */
    public PackageSummary exportPackage(Path target) throws IOException {
        KeyRing keys = exports.keys();
        PackageSummary m = files.writePackage(exports.packageSource(), target, keys.signingKeys(),
                keys.headquartersKey().orElse(null));
        exports.recordExport("package: " + m.cases() + " cases, " + m.decisions() + " decisions, audit chain head "
                + m.chainHead().seq());
        return m;
    }

    /** Checks a package from an office at headquarters; {@link PackageRejectedException} says what is wrong. */
    public PackageSummary verifyPackage(Path file) {
        KeyRing keys = exports.keys();
        KeyPair hq = keys.agreementKeys();
        return files.verifyPackage(file, keys.trustedOffices(), hq);
    }

    /** Verifies a package, then merges it all or nothing; {@link PackageRejectedException} when refused. */
    public PackageMergeTarget.MergeReport mergePackage(Path file) {
        KeyRing keys = exports.keys();
        KeyPair hq = keys.agreementKeys();
        return files.mergePackage(file, keys.trustedOffices(), hq, exports.merges());
    }
}
