package org.secondlook.ui.conflicts;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import org.secondlook.domain.Track;
import org.secondlook.exchange.WorkbookExporter;
import org.secondlook.exchange.pack.AuditHasher;
import org.secondlook.exchange.pack.PackageExporter;
import org.secondlook.exchange.pack.PackageJson;
import org.secondlook.exchange.pack.PackageMerger;
import org.secondlook.exchange.pack.PackageVerifier;
import org.secondlook.exchange.pack.PackageWriter;
import org.secondlook.exchange.pack.PartCipher;
import org.secondlook.exchange.pack.PublicKeys;
import org.secondlook.exchange.pack.ZipLimits;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.KeyRing;
import org.secondlook.review.exchange.PackageMergeTarget.MergeReport;
import org.secondlook.ui.signoff.Office;

/**
 * Two field offices and headquarters, each a real encrypted installation. Both offices import
 * applicant S-1; Denver's reviewer rita decides Basic academy, Newark's decides LEO program. Each
 * office signs and encrypts its package to headquarters, which trusts both and merges Denver's,
 * then Newark's: one open conflict about S-1, Newark's decision incoming, Denver's in force.
 * Headquarters has the administrator ada and the supervisor sam (passwords as in {@link Office}).
 */
final class Headquarters {
    static final String DENVER = "ERO Denver";
    static final String NEWARK = "ERO Newark";
    final Office hq;
    final MergeReport newarkMerge;

    Headquarters(Path dir) throws Exception {
        hq = new Office(dir.resolve("hq"), 0, "Headquarters");
        Office denver = new Office(dir.resolve("denver"), 1, DENVER);
        Office newark = new Office(dir.resolve("newark"), 1, NEWARK);
        PublicKey hqKey;
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            hqKey = ada.exports().keys().agreementKeys().getPublic();
        }
        PublicKey denverKey = decideAndPack(denver, hqKey, Track.ACADEMY, "NON_LE_OFFICER_TITLE", "Loan officer only.",
                dir.resolve("denver.slpkg"));
        PublicKey newarkKey = decideAndPack(newark, hqKey, Track.LEO, "LE_EXPERIENCE_VERIFIED",
                "Newark PD 2008-2014, checked with the department.", dir.resolve("newark.slpkg"));
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            KeyRing keys = ada.exports().keys();
            keys.trust(DENVER, denverKey, new PublicKeys(DENVER, denverKey, hqKey).signingFingerprint());
            keys.trust(NEWARK, newarkKey, new PublicKeys(NEWARK, newarkKey, hqKey).signingFingerprint());
            merge(ada, dir.resolve("denver.slpkg"));
            newarkMerge = merge(ada, dir.resolve("newark.slpkg"));
        }
    }

    /** Registers headquarters' key, lets rita decide S-1, and writes the office's package; returns its signing key. */
    private static PublicKey decideAndPack(Office office, PublicKey hqKey, Track track, String reason, String note,
                                           Path pkg) throws Exception {
        try (ReviewSession rita = office.login("rita", Office.RITA)) {
            rita.decisions().decide("S-1", track, reason, note, rita.cases().load("S-1").lockVersion());
        }
        try (ReviewSession ada = office.login("ada", Office.ADA)) {
            KeyRing keys = ada.exports().keys();
            keys.registerHeadquarters(hqKey, new PublicKeys("Headquarters", hqKey, hqKey).encryptionFingerprint());
            KeyPair signing = keys.signingKeys();
            PartCipher cipher = new PartCipher(new SecureRandom());
            PackageJson json = new PackageJson();
            Clock clock = Clock.systemUTC();
            new PackageExporter(new PackageWriter(cipher, json, clock), new WorkbookExporter(clock), json)
                    .export(ada.exports().packageSource(), pkg, signing, keys.headquartersKey().orElseThrow());
            return signing.getPublic();
        }
    }

    private static MergeReport merge(ReviewSession ada, Path pkg) {
        KeyRing keys = ada.exports().keys();
        KeyPair hq = keys.agreementKeys();
        PackageVerifier verifier = new PackageVerifier(ZipLimits.PACKAGE, new PartCipher(new SecureRandom()),
                new PackageJson(), AuditHasher.SHA256_HEX_CONCAT);
        return new PackageMerger(verifier).merge(pkg, keys.trustedOffices(), hq.getPrivate(), hq.getPublic(),
                ada.exports().merges());
    }

    ReviewSession login(String user, char[] password) throws Exception {
        return hq.login(user, password);
    }
}
