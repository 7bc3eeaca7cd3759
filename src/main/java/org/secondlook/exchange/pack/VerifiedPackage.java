package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A package that passed every check. Its parts can be read (decrypted and decompressed); each read
 * checks the part's SHA-256 once more at its end, so a file changed after verification still fails.
 */
public final class VerifiedPackage implements Closeable {
    private final UntrustedZip zip;
    private final Manifest manifest;
    private final PartCipher cipher;
    private final PrivateKey hqKey;
    private final PackageJson json;

    VerifiedPackage(UntrustedZip zip, Manifest manifest, PartCipher cipher, PrivateKey hqKey, PackageJson json) {
        this.json = json;
        this.zip = zip;
        this.manifest = manifest;
        this.cipher = cipher;
        this.hqKey = hqKey;
    }

    public Manifest manifest() {
        return manifest;
    }

    public String office() {
        return manifest.office();
    }

    /** The part's plain content. */
    public InputStream openPart(String name) throws IOException {
        return openPart(zip, manifest, name, cipher, hqKey);
    }

    /**
     * Reads a JSON Lines part record by record ({@link PackageParts#CASES} as {@link CaseRecord},
     * {@link PackageParts#DECISIONS} as {@link DecisionRecord}, {@link PackageParts#AUDIT} as {@link AuditRecord}).
     *
     * @throws PackageRejectedException when a line is not such a record
     */
    public <T> void readLines(String part, Class<T> type, Consumer<? super T> action) throws IOException {
        try (InputStream in = openPart(part); MappingIterator<T> it = json.linesReader(in, type)) {
            while (it.hasNextValue()) {
                action.accept(it.nextValue());
            }
        } catch (JacksonException e) {
            throw new PackageRejectedException("Part " + part + " is damaged: a line is not a record ("
                    + PackageJson.oneLine(e) + ").", e);
        }
    }

    static InputStream openPart(UntrustedZip zip, Manifest manifest, String name, PartCipher cipher, PrivateKey hqKey)
            throws IOException {
        Manifest.Part part = manifest.part(name).orElseThrow(() ->
                new PackageRejectedException("The package has no part '" + name + "'."));
        MessageDigest sha = PackageWriter.sha256();
        InputStream in = new HashCheckAtEnd(new DigestInputStream(zip.open(name), sha), sha, part);
        if (part.encrypted()) {
            if (hqKey == null) {
                throw new PackageRejectedException("Part " + name + " is encrypted and this installation has no"
                        + " headquarters key to open it.");
            }
            in = cipher.open(in, hqKey, name);
        }
        if (part.gzip()) {
            in = new GZIPInputStream(in, 64 * 1024);
        }
        return in;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static final class HashCheckAtEnd extends FilterInputStream {
        private final MessageDigest sha;
        private final Manifest.Part part;
        private boolean checked;

        HashCheckAtEnd(InputStream in, MessageDigest sha, Manifest.Part part) {
            super(in);
            this.sha = sha;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        private void check() throws IOException {
            if (!checked) {
                checked = true;
                if (!HexFormat.of().formatHex(sha.digest()).equals(part.sha256())) {
                    throw new PartChangedException(part.name());
                }
            }
        }
    }

    /** A part's bytes differ from the signed manifest. */
    public static final class PartChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        PartChangedException(String part) {
            super("Part " + part + " was changed after the package was signed (its SHA-256 differs from the manifest).");
        }
    }
}
