package org.secondlook.exchange.pack;

import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.exchange.ChainHead;
import org.secondlook.review.accounts.TrustedOffices;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Builds real packages for the verifier tests: an office's keys, headquarters' keys, a real audit chain. */
final class PackageFixture {
    static final String OFFICE = "ERO Denver";
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    final KeyPair officeSigning = KeyCodec.newSigningPair();
    final KeyPair hq = KeyCodec.newAgreementPair();
    final PackageJson json = new PackageJson();
    final PartCipher cipher = new PartCipher(new SecureRandom());
    final PackageWriter writer = new PackageWriter(cipher, json, Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC));
    final PackageVerifier verifier = new PackageVerifier(ZipLimits.PACKAGE, cipher, json, AuditHasher.SHA256_HEX_CONCAT);
    final Map<String, PublicKey> trustedKeys = new HashMap<>(Map.of(OFFICE, officeSigning.getPublic()));
    final Map<String, ChainHead> merged = new HashMap<>();

    final TrustedOffices trust = new TrustedOffices() {
        @Override
        public Optional<PublicKey> signingKey(String office) {
            return Optional.ofNullable(trustedKeys.get(office));
        }

        @Override
        public Optional<ChainHead> lastMergedHead(String office) {
            return Optional.ofNullable(merged.get(office));
        }
    };

    /** A valid chain of {@code n} events; {@code variant} changes the details so two histories differ. */
    static List<AuditRecord> chain(int n, String variant) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = ChainHead.GENESIS_HASH;
        for (int i = 1; i <= n; i++) {
            Instant at = T0.plusSeconds(60L * i);
            String details = "event " + i + variant;
            String subject = "A-" + i;
            AuditRecord unsigned = new AuditRecord(i, at.toString(), "rita", "DECIDE", subject, details, prev, null);
            String hash = AuditHasher.SHA256_HEX_CONCAT.hash(prev, unsigned.canonical());
            out.add(new AuditRecord(i, at.toString(), "rita", "DECIDE", subject, details, prev, hash));
            prev = hash;
        }
        return out;
    }

    static ChainHead headOf(List<AuditRecord> events) {
        AuditRecord last = events.get(events.size() - 1);
        return new ChainHead(last.seq(), last.hash());
    }

    Path write(Path file, List<AuditRecord> events, ChainHead signedHead, PublicKey encryptTo) throws IOException {
        PartSource audit = new PartSource(PackageParts.AUDIT, true, true, out -> {
            try (SequenceWriter w = json.linesWriter(out)) {
                for (AuditRecord r : events) {
                    w.write(r);
                }
            }
        });
        PartSource decisions = new PartSource(PackageParts.DECISIONS, true, true,
                out -> out.write("{\"applicantId\":\"A-1\",\"track\":\"ACADEMY\"}\n".getBytes(StandardCharsets.UTF_8)));
        PartSource cases = new PartSource(PackageParts.CASES, true, true,
                out -> out.write("{\"applicantId\":\"A-1\",\"fullName\":\"Ana Ruiz\"}\n".getBytes(StandardCharsets.UTF_8)));
        PartSource workbook = new PartSource(PackageParts.WORKBOOK, true, false, out -> out.write(new byte[] {'P', 'K', 3, 4}));
        PackageHeader header = new PackageHeader(OFFICE, events.get(0).occurredAt(),
                events.get(events.size() - 1).occurredAt(),
                Map.of(PackageParts.COUNT_AUDIT_EVENTS, signedHead.seq(), PackageParts.COUNT_DECISIONS, 1L), signedHead);
        writer.write(file, header, List.of(cases, audit, decisions, workbook), officeSigning, encryptTo);
        return file;
    }

    Path write(Path file, List<AuditRecord> events) throws IOException {
        return write(file, events, headOf(events), hq.getPublic());
    }

    VerifiedPackage verify(Path file) {
        return verifier.verify(file, trust, hq.getPrivate(), hq.getPublic());
    }

    /** Reads every entry of a zip, lets the test change the map, and writes it back. */
    static void rewrite(Path zipFile, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        Map<String, byte[]> changed = change.apply(entries);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    static void writeTo(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
