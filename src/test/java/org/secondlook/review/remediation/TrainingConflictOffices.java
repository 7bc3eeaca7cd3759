package org.secondlook.review.remediation;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import org.secondlook.domain.RemediationState;
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
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.exchange.PackageMergeTarget.MergeReport;
import org.secondlook.review.remediation.RemediationService.MoveRequest;
import org.secondlook.ui.signoff.Office;

/**
 * Headquarters and two field offices, each a real encrypted installation, with training conflicts: Denver signs
 * off S-1 … S-n for the academy and notifies them, Newark signs them off for the LEO program; headquarters trusts
 * both and merges Denver's package, then Newark's — one training conflict per applicant (Newark's record
 * incoming, Denver's the other), beside the decision conflicts. Accounts as in {@link Office}.
 */
public final class TrainingConflictOffices {
    public static final String DENVER = "ERO Denver";
    public static final String NEWARK = "ERO Newark";
    public final Office hq;
    public final Office denver;
    public final Path dir;
    private final PublicKey hqKey;

    public TrainingConflictOffices(Path dir, int cases) throws Exception {
        this.dir = dir;
        hq = new Office(dir.resolve("hq"), 0, "Headquarters");
        denver = new Office(dir.resolve("denver"), cases, DENVER);
        Office newark = new Office(dir.resolve("newark"), cases, NEWARK);
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            hqKey = ada.exports().keys().agreementKeys().getPublic();
        }
        for (int i = 1; i <= cases; i++) {
            signOff(denver, "S-" + i, Track.ACADEMY, "NON_LE_OFFICER_TITLE");
            signOff(newark, "S-" + i, Track.LEO, "LE_EXPERIENCE_VERIFIED");
            try (ReviewSession sam = denver.login("sam", Office.SAM)) {
                sam.remediation().move("S-" + i, MoveRequest.to(RemediationState.NOTIFIED));
            }
        }
        PublicKey denverKey = pack(denver, hqKey, dir.resolve("denver.slpkg"));
        PublicKey newarkKey = pack(newark, hqKey, dir.resolve("newark.slpkg"));
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            KeyRing keys = ada.exports().keys();
            keys.trust(DENVER, denverKey, new PublicKeys(DENVER, denverKey, hqKey).signingFingerprint());
            keys.trust(NEWARK, newarkKey, new PublicKeys(NEWARK, newarkKey, hqKey).signingFingerprint());
            merge(ada, dir.resolve("denver.slpkg"));
            merge(ada, dir.resolve("newark.slpkg"));
        }
    }

    /** Writes Denver's package as it is now to {@code pkg}. */
    public void packDenver(Path pkg) throws Exception {
        pack(denver, hqKey, pkg);
    }

    /** Merges a package at headquarters (as the administrator ada). */
    public MergeReport mergeAtHeadquarters(Path pkg) throws Exception {
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            return merge(ada, pkg);
        }
    }

    /** rita decides the case, sam signs it off: the office's training record is made. */
    static void signOff(Office office, String id, Track track, String reason) throws Exception {
        try (ReviewSession rita = office.login("rita", Office.RITA)) {
            rita.decisions().decide(id, track, reason, null, SignOffService.CURRENT);
        }
        try (ReviewSession sam = office.login("sam", Office.SAM)) {
            sam.signOffs().approve(id, SignOffService.CURRENT);
        }
    }

    /** Registers headquarters' key (once) and writes the office's package; returns its signing key. */
    static PublicKey pack(Office office, PublicKey hqKey, Path pkg) throws Exception {
        try (ReviewSession ada = office.login("ada", Office.ADA)) {
            KeyRing keys = ada.exports().keys();
            if (keys.headquartersKey().isEmpty()) {
                keys.registerHeadquarters(hqKey, new PublicKeys("Headquarters", hqKey, hqKey).encryptionFingerprint());
            }
            KeyPair signing = keys.signingKeys();
            PackageJson json = new PackageJson();
            Clock clock = Clock.systemUTC();
            new PackageExporter(new PackageWriter(new PartCipher(new SecureRandom()), json, clock),
                    new WorkbookExporter(clock), json)
                    .export(ada.exports().packageSource(), pkg, signing, keys.headquartersKey().orElseThrow());
            return signing.getPublic();
        }
    }

    static PackageVerifier verifier() {
        return new PackageVerifier(ZipLimits.PACKAGE, new PartCipher(new SecureRandom()), new PackageJson(),
                AuditHasher.SHA256_HEX_CONCAT);
    }

    static MergeReport merge(ReviewSession ada, Path pkg) {
        KeyRing keys = ada.exports().keys();
        KeyPair hq = keys.agreementKeys();
        return new PackageMerger(verifier()).merge(pkg, keys.trustedOffices(), hq.getPrivate(), hq.getPublic(),
                ada.exports().merges());
    }
}
