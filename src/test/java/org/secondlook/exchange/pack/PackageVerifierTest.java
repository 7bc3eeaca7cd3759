package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import org.secondlook.review.exchange.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageVerifierTest {
    @TempDir
    Path dir;

    private final PackageFixture fx = new PackageFixture();

    @Test
    void aPackageRoundTripsAndItsPartsReadBackDecrypted() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(5, "");
        Path file = fx.write(dir.resolve("denver-2026-11.slpkg"), events);

        try (VerifiedPackage p = fx.verify(file)) {
            Manifest m = p.manifest();
            assertThat(m.office()).isEqualTo(PackageFixture.OFFICE);
            assertThat(m.auditHead()).isEqualTo(PackageFixture.headOf(events));
            assertThat(m.count(PackageParts.COUNT_AUDIT_EVENTS)).isEqualTo(5);
            assertThat(m.parts()).extracting(Manifest.Part::name)
                    .containsExactly(PackageParts.CASES, PackageParts.AUDIT, PackageParts.DECISIONS, PackageParts.WORKBOOK);
            assertThat(m.parts()).allSatisfy(part -> {
                assertThat(part.encrypted()).isTrue();
                assertThat(part.sha256()).hasSize(64);
            });
            assertThat(new String(PackageFixture.readAll(p.openPart(PackageParts.DECISIONS)), StandardCharsets.UTF_8))
                    .isEqualTo("{\"applicantId\":\"A-1\",\"track\":\"ACADEMY\"}\n");
            assertThat(PackageFixture.readAll(p.openPart(PackageParts.WORKBOOK))).containsExactly('P', 'K', 3, 4);
            String audit = new String(PackageFixture.readAll(p.openPart(PackageParts.AUDIT)), StandardCharsets.UTF_8);
            assertThat(audit.lines()).hasSize(5);
        }
        // Personal data never appears in the clear inside the file.
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("ACADEMY").doesNotContain("Ana Ruiz");
    }

    @Test
    void anOfficeNobodyTrustsIsAnUnknownSigner() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(3, ""));
        fx.trustedKeys.clear();
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("Unknown signer: office 'ERO Denver' is not trusted here");
    }

    @Test
    void aPackageSignedWithAnotherKeyThanTheTrustedOneIsAnUnknownSigner() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(3, ""));
        fx.trustedKeys.put(PackageFixture.OFFICE, KeyCodec.newSigningPair().getPublic());
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("Unknown signer: the package is signed with key");
    }

    @Test
    void aChangedPartIsNamed() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(3, ""));
        PackageFixture.rewrite(file, entries -> {
            byte[] b = entries.get(PackageParts.DECISIONS).clone();
            b[b.length - 3] ^= 0x01;
            entries.put(PackageParts.DECISIONS, b);
            return entries;
        });
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("Part decisions.jsonl.gz.enc was changed after the package was signed"
                        + " (its SHA-256 differs from the manifest).");
    }

    @Test
    void aManifestEditedAfterSigningFailsTheSignature() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(3, ""));
        PackageFixture.rewrite(file, entries -> {
            String m = new String(entries.get(Manifest.FILE), StandardCharsets.UTF_8);
            entries.put(Manifest.FILE, m.replace("\"decisions\" : 1", "\"decisions\" : 2").getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("The signature does not match: manifest.json was changed after ERO Denver signed it");
    }

    @Test
    void aMissingPartOrAnExtraFileIsRefused() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(3, ""));
        Path copy = Files.copy(file, dir.resolve("copy.slpkg"));
        PackageFixture.rewrite(file, entries -> {
            entries.remove(PackageParts.WORKBOOK);
            return entries;
        });
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("Part workbook.xlsx.enc is listed in the signed manifest but missing from the package.");
        PackageFixture.rewrite(copy, entries -> {
            entries.put("extra.txt", new byte[] {1});
            return entries;
        });
        assertThatThrownBy(() -> fx.verify(copy)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("The package holds extra.txt, which its signed manifest does not list; it was refused.");
    }

    @Test
    void aTruncatedAuditTrailIsRefused() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(5, "");
        Path file = fx.write(dir.resolve("p.slpkg"), events.subList(0, 3), PackageFixture.headOf(events),
                fx.hq.getPublic());
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("The audit trail is truncated: it ends at event 3, but the signed manifest says the chain"
                        + " head is event 5.");
    }

    @Test
    void aChangedEventBreaksTheChainAtThatEvent() throws IOException {
        List<AuditRecord> events = new ArrayList<>(PackageFixture.chain(5, ""));
        AuditRecord e3 = events.get(2);
        events.set(2, new AuditRecord(e3.seq(), e3.occurredAt(), e3.actor(), e3.type(), e3.subject(),
                "track=LEO (edited)", e3.prevHash(), e3.hash()));
        Path file = fx.write(dir.resolve("p.slpkg"), events);
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("The audit chain is broken at event 3: its content does not match its hash"
                        + " (the event was changed).");
    }

    @Test
    void aDeletedEventBreaksTheChain() throws IOException {
        List<AuditRecord> events = new ArrayList<>(PackageFixture.chain(5, ""));
        events.remove(1);
        Path file = fx.write(dir.resolve("p.slpkg"), events);
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("The audit chain is broken after event 1: the next event is numbered 3");
    }

    @Test
    void aRewrittenAndResignedHistoryDoesNotExtendTheLastMergedHead() throws IOException {
        List<AuditRecord> original = PackageFixture.chain(4, "");
        fx.merged.put(PackageFixture.OFFICE, PackageFixture.headOf(original.subList(0, 3)));
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(6, " rewritten"));
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("The audit chain does not extend the one last merged from ERO Denver (event 3,")
                .hasMessageEndingWith("that office's history was rewritten.");

        Path good = fx.write(dir.resolve("good.slpkg"), PackageFixture.chain(6, ""));
        try (VerifiedPackage p = fx.verify(good)) {
            assertThat(p.manifest().auditHead().seq()).isEqualTo(6);
        }
    }

    @Test
    void aHistoryCutBackBeforeTheLastMergedHeadIsTruncated() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(7, "");
        fx.merged.put(PackageFixture.OFFICE, PackageFixture.headOf(events));
        Path file = fx.write(dir.resolve("p.slpkg"), events.subList(0, 4));
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("The audit trail is truncated: it ends at event 4, but event 7 from ERO Denver was already"
                        + " merged here; its history was cut back.");
    }

    @Test
    void aPackageEncryptedForAnotherHeadquartersIsRefusedWithWhatToDo() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(2, "");
        Path file = fx.write(dir.resolve("p.slpkg"), events, PackageFixture.headOf(events),
                KeyCodec.newAgreementPair().getPublic());
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("The package is encrypted for another headquarters key")
                .hasMessageContaining("offices hq --public-key FILE");
    }

    @Test
    void aSignatureFileThatIsNotASignatureIsRefused() throws IOException {
        Path file = fx.write(dir.resolve("p.slpkg"), PackageFixture.chain(2, ""));
        PackageFixture.rewrite(file, entries -> {
            entries.put(Manifest.SIGNATURE_FILE, Base64.getEncoder().encode(new byte[64]));
            return entries;
        });
        assertThatThrownBy(() -> fx.verify(file)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("The signature does not match");
    }
}
