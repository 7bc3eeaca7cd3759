package org.secondlook.exchange.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartCipherTest {
    private final PartCipher cipher = new PartCipher(new SecureRandom());
    private final KeyPair hq = KeyCodec.newAgreementPair();

    private byte[] seal(byte[] plain, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream s = cipher.seal(out, hq.getPublic(), name)) {
            s.write(plain);
        }
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed, KeyPair key, String name) throws IOException {
        try (InputStream in = cipher.open(new ByteArrayInputStream(sealed), key.getPrivate(), name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void roundTripsEmptySmallAndMultiChunkParts() throws IOException {
        byte[] big = new byte[PartCipher.CHUNK * 3 + 17];
        new Random(7).nextBytes(big);
        for (byte[] plain : new byte[][] {new byte[0], "résumé text".getBytes(), big}) {
            byte[] sealed = seal(plain, "cases");
            assertThat(open(sealed, hq, "cases")).isEqualTo(plain);
        }
        byte[] sealed = seal(big, "cases");
        assertThat(indexOf(sealed, Arrays.copyOfRange(big, 1000, 1032))).as("no plain text in the output").isNegative();
    }

    @Test
    void anotherKeyCannotOpenIt() throws IOException {
        byte[] sealed = seal("secret".getBytes(), "cases");
        assertThatThrownBy(() -> open(sealed, KeyCodec.newAgreementPair(), "cases"))
                .isInstanceOf(PartCipher.SealedPartException.class).hasMessageContaining("cannot be decrypted");
    }

    @Test
    void aPartSwappedUnderAnotherNameCannotBeOpened() throws IOException {
        byte[] sealed = seal("secret".getBytes(), "decisions");
        assertThatThrownBy(() -> open(sealed, hq, "cases")).isInstanceOf(PartCipher.SealedPartException.class);
    }

    @Test
    void aChangedByteOrADroppedFinalChunkIsRefused() throws IOException {
        byte[] plain = new byte[PartCipher.CHUNK * 2 + 5];
        byte[] sealed = seal(plain, "cases");
        byte[] flipped = sealed.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThatThrownBy(() -> open(flipped, hq, "cases")).isInstanceOf(PartCipher.SealedPartException.class);

        int lastChunk = sealed.length - (5 + 16) - 5;
        byte[] truncated = Arrays.copyOf(sealed, lastChunk);
        assertThatThrownBy(() -> open(truncated, hq, "cases"))
                .isInstanceOf(PartCipher.SealedPartException.class).hasMessageContaining("truncated");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
