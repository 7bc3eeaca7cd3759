package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicKeysFileTest {
    @TempDir
    Path dir;

    private final PublicKeysFile files = new PublicKeysFile();

    @Test
    void roundTripsWithFingerprintsAPersonCanCompare() throws IOException {
        PublicKeys keys = new PublicKeys("ERO Denver", KeyCodec.newSigningPair().getPublic(),
                KeyCodec.newAgreementPair().getPublic());
        Path file = dir.resolve("denver.pub.json");
        files.write(keys, file);

        PublicKeys back = files.read(file);
        assertThat(back.office()).isEqualTo("ERO Denver");
        assertThat(back.signing().getEncoded()).isEqualTo(keys.signing().getEncoded());
        assertThat(back.encryption().getEncoded()).isEqualTo(keys.encryption().getEncoded());
        assertThat(Files.readString(file)).contains(keys.signingFingerprint());
        assertThat(keys.signingFingerprint()).matches("([0-9a-f]{4}:){7}[0-9a-f]{4}");
    }

    @Test
    void somethingElseIsRefusedWithASentence() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.txt"), "hello");
        assertThatThrownBy(() -> files.read(notJson)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("a.txt is not a Second Look public-key file (not valid JSON).");
        Path otherJson = Files.writeString(dir.resolve("b.json"), "{\"x\":1}");
        assertThatThrownBy(() -> files.read(otherJson)).isInstanceOf(PackageRejectedException.class)
                .hasMessageStartingWith("b.json is not a Second Look public-key file");
        Path swapped = dir.resolve("c.json");
        PublicKeys keys = new PublicKeys("X", KeyCodec.newSigningPair().getPublic(), KeyCodec.newAgreementPair().getPublic());
        files.write(keys, swapped);
        Files.writeString(swapped, Files.readString(swapped).replace(keys.signingFingerprint(), "0000:1111"));
        assertThatThrownBy(() -> files.read(swapped)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("c.json is damaged: its fingerprints do not match its keys.");
    }
}
