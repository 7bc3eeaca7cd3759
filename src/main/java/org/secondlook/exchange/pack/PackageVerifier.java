package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.audit.ChainHead;
import org.secondlook.review.accounts.TrustedOffices;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Headquarters' check of a package from an office, in order: a sane zip; a manifest and its
 * signature; a signer this installation trusts for that office; a signature that matches; every
 * part present, unchanged and nothing extra; parts encrypted to this headquarters' key; an audit
 * chain that is whole, reaches the signed head and extends the head merged last from that office.
 * The first problem found is refused with one sentence naming it.
 */
public final class PackageVerifier {
    private static final int MAX_MANIFEST = 1 << 20;
    private static final int MAX_SIGNATURE = 1024;

    private final ZipLimits limits;
    private final PartCipher cipher;
    private final PackageJson json;
    private final AuditHasher hasher;

    public PackageVerifier(ZipLimits limits, PartCipher cipher, PackageJson json, AuditHasher hasher) {
        this.limits = limits;
        this.cipher = cipher;
        this.json = json;
        this.hasher = hasher;
    }

    /**
     * @param hqKey this headquarters' X25519 private key, or null where it has none (then encrypted parts
     *              and the audit chain cannot be checked, and the package is refused)
     * @throws PackageRejectedException naming the first problem
     */
    public VerifiedPackage verify(Path file, TrustedOffices trust, PrivateKey hqKey, PublicKey hqPublic) {
        UntrustedZip zip = UntrustedZip.open(file, limits);
        try {
            Manifest m = checkSignedManifest(zip, trust);
            checkParts(zip, m);
            if (m.parts().stream().anyMatch(Manifest.Part::encrypted)) {
                if (hqKey == null || hqPublic == null) {
                    throw new PackageRejectedException("This installation has no headquarters key, so it cannot open"
                            + " the package's encrypted parts.");
                }
                if (m.recipient() != null && !m.recipient().equals(KeyCodec.fingerprint(hqPublic))) {
                    throw new PackageRejectedException("The package is encrypted for another headquarters key ("
                            + m.recipient() + "); ask " + m.office() + " to register this headquarters' key with"
                            + " 'offices hq --public-key FILE' and export again.");
                }
            }
            checkAuditChain(zip, m, trust.lastMergedHead(m.office()).orElse(null), hqKey);
            return new VerifiedPackage(zip, m, cipher, hqKey, json);
        } catch (IOException e) {
            closeQuietly(zip);
            throw new PackageRejectedException(sentence(e), e);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private Manifest checkSignedManifest(UntrustedZip zip, TrustedOffices trust) throws IOException {
        for (String required : new String[] {Manifest.FILE, Manifest.SIGNATURE_FILE}) {
            if (!zip.has(required)) {
                throw new PackageRejectedException(zip.label() + " has no " + required
                        + ", so it is not a signed Second Look package.");
            }
        }
        byte[] manifestBytes = zip.readSmall(Manifest.FILE, MAX_MANIFEST);
        byte[] sigText = zip.readSmall(Manifest.SIGNATURE_FILE, MAX_SIGNATURE);
        Manifest m = json.readManifest(manifestBytes);
        Optional<PublicKey> trusted = trust.signingKey(m.office());
        if (trusted.isEmpty()) {
            throw new PackageRejectedException("Unknown signer: office '" + m.office() + "' is not trusted here;"
                    + " register its public key with 'offices trust NAME --public-key FILE'.");
        }
        if (!KeyCodec.encodePublic(trusted.get()).equals(m.signer().strip())) {
            PublicKey claimed = KeyCodec.decodePublic(m.signer(), KeyCodec.SIGNING);
            throw new PackageRejectedException("Unknown signer: the package is signed with key "
                    + KeyCodec.fingerprint(claimed) + ", but office '" + m.office() + "' is trusted with key "
                    + KeyCodec.fingerprint(trusted.get()) + ".");
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(new String(sigText, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new PackageRejectedException("The package's manifest.sig is not a signature.", e);
        }
        if (!signatureMatches(trusted.get(), manifestBytes, sig)) {
            throw new PackageRejectedException("The signature does not match: manifest.json was changed after "
                    + m.office() + " signed it (or manifest.sig was replaced).");
        }
        return m;
    }

    private static boolean signatureMatches(PublicKey key, byte[] data, byte[] sig) {
        try {
            Signature s = Signature.getInstance(KeyCodec.SIGNING);
            s.initVerify(key);
            s.update(data);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkParts(UntrustedZip zip, Manifest m) throws IOException {
        for (String required : new String[] {PackageParts.CASES, PackageParts.DECISIONS, PackageParts.AUDIT}) {
            if (m.part(required).isEmpty()) {
                throw new PackageRejectedException("The package's signed manifest does not list " + required
                        + ", which every package holds; it is incomplete.");
            }
        }
        for (String name : zip.names()) {
            if (!name.equals(Manifest.FILE) && !name.equals(Manifest.SIGNATURE_FILE) && m.part(name).isEmpty()) {
                throw new PackageRejectedException("The package holds " + name
                        + ", which its signed manifest does not list; it was refused.");
            }
        }
        for (Manifest.Part p : m.parts()) {
            if (!zip.has(p.name())) {
                throw new PackageRejectedException("Part " + p.name() + " is listed in the signed manifest but"
                        + " missing from the package.");
            }
            MessageDigest sha = PackageWriter.sha256();
            long size = 0;
            try (InputStream in = zip.open(p.name())) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha.update(buf, 0, n);
                    size += n;
                }
            }
            if (size != p.size() || !HexFormat.of().formatHex(sha.digest()).equals(p.sha256())) {
                throw new PackageRejectedException("Part " + p.name() + " was changed after the package was signed"
                        + " (its SHA-256 differs from the manifest).");
            }
        }
    }

    private void checkAuditChain(UntrustedZip zip, Manifest m, ChainHead lastMerged, PrivateKey hqKey)
            throws IOException {
        AuditChainChecker chain = new AuditChainChecker(hasher, lastMerged, m.office());
        try (InputStream in = VerifiedPackage.openPart(zip, m, PackageParts.AUDIT, cipher, hqKey);
             MappingIterator<AuditRecord> it = json.linesReader(in, AuditRecord.class)) {
            while (it.hasNextValue()) {
                chain.accept(it.nextValue());
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new PackageRejectedException("The audit trail is damaged: a line is not an audit event ("
                    + PackageJson.oneLine(e) + ").", e);
        }
        chain.finish(m.auditHead(), m.count(PackageParts.COUNT_AUDIT_EVENTS));
    }

    private static String sentence(IOException e) {
        if (e instanceof UntrustedZip.ZipLimitException || e instanceof PartCipher.SealedPartException
                || e instanceof VerifiedPackage.PartChangedException) {
            String m = e.getMessage();
            return Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
        }
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return "The package is damaged: a part cannot be read (" + PackageJson.oneLine(e) + ").";
        }
        return "The package cannot be read: " + PackageJson.oneLine(e) + ".";
    }

    private static void closeQuietly(UntrustedZip zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // refusing anyway
        }
    }
}
