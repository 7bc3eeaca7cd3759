package org.secondlook.exchange.pack;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package: one zip with the parts (each gzipped and sealed to headquarters' key as its
 * source asks), then {@code manifest.json} naming every part with its SHA-256 and size, then
 * {@code manifest.sig}, the Ed25519 signature over the manifest's exact bytes (Base64). The file
 * appears only when complete.
 */
public final class PackageWriter {
    private final PartCipher cipher;
    private final PackageJson json;
    private final Clock clock;

    public PackageWriter(PartCipher cipher, PackageJson json, Clock clock) {
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param signing the installation's Ed25519 key pair
     * @param hq      headquarters' X25519 public key; encrypted parts need it
     */
    public Manifest write(Path target, PackageHeader header, List<PartSource> parts, KeyPair signing, PublicKey hq)
            throws IOException {
        return write(target, () -> header, parts, signing, hq);
    }

    /** As {@link #write(Path, PackageHeader, List, KeyPair, PublicKey)}, the header asked for after the parts are written. */
    public Manifest write(Path target, java.util.function.Supplier<PackageHeader> headerAfterParts,
                          List<PartSource> parts, KeyPair signing, PublicKey hq) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".secondlook-package-", ".part");
        try {
            Manifest m;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                List<Manifest.Part> written = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (PartSource p : parts) {
                    if (!names.add(p.name()) || p.name().equals(Manifest.FILE) || p.name().equals(Manifest.SIGNATURE_FILE)) {
                        throw new IllegalArgumentException("Part name used twice or reserved: " + p.name());
                    }
                    written.add(writePart(zip, p, hq));
                }
                PackageHeader header = headerAfterParts.get();
                m = new Manifest(Manifest.FORMAT, header.office(), clock.instant().toString(), header.periodFrom(),
                        header.periodTo(), header.counts(), written, header.auditHead(),
                        KeyCodec.encodePublic(signing.getPublic()), hq == null ? null : KeyCodec.fingerprint(hq));
                byte[] manifest = json.manifestBytes(m);
                zip.putNextEntry(new ZipEntry(Manifest.FILE));
                zip.write(manifest);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(Manifest.SIGNATURE_FILE));
                zip.write((Base64.getEncoder().encodeToString(sign(manifest, signing)) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return m;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Manifest.Part writePart(ZipOutputStream zip, PartSource p, PublicKey hq) throws IOException {
        if (p.encrypted() && hq == null) {
            throw new IllegalArgumentException("Part " + p.name() + " must be encrypted but no headquarters key was given");
        }
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(p.name()));
        CountingStream stored = new CountingStream(new DigestOutputStream(new KeepOpen(zip), sha));
        OutputStream out = p.encrypted() ? cipher.seal(stored, hq, p.name()) : stored;
        if (p.gzip()) {
            out = new GZIPOutputStream(out, 64 * 1024);
        }
        try (OutputStream o = out) {
            p.content().writeTo(o);
        }
        zip.closeEntry();
        return new Manifest.Part(p.name(), HexFormat.of().formatHex(sha.digest()), stored.count, p.encrypted(), p.gzip());
    }

    private static byte[] sign(byte[] data, KeyPair signing) throws IOException {
        try {
            Signature s = Signature.getInstance(KeyCodec.SIGNING);
            s.initSign(signing.getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IOException("The installation's signing key cannot sign: " + e.getMessage(), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Lets a part's stream chain be closed without closing the zip under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
