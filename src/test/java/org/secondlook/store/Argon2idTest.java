package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The native Argon2id (libargon2) gives byte for byte what the pure-Java one gives, at the key slots'
 * parameters and others, and both give the reference implementation's published test vector. On CI
 * the library must be there (.ci/run installs it): a login there must not silently fall back.
 */
class Argon2idTest {
    /** From the reference implementation's test suite (src/test.c): Argon2id, v1.3, t=2, m=2^16 KiB, p=1. */
    private static final String PASSWORD = "password";
    private static final String SALT = "somesalt";
    private static final String EXPECTED = "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7";

    @BeforeEach
    void nativeLibraryPresent() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(NativeArgon2.available()).as("libargon2 loads through JNA on CI").isTrue();
        }
        assumeTrue(NativeArgon2.available(), "libargon2 is not installed here");
    }

    @Test
    void bothGiveTheReferenceVector() {
        byte[] pw = PASSWORD.getBytes(StandardCharsets.US_ASCII);
        byte[] salt = SALT.getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(NativeArgon2.hash(pw, salt, 1 << 16, 2, 1, 32))).isEqualTo(EXPECTED);
        assertThat(HexFormat.of().formatHex(Argon2id.pureJava(pw, salt, 1 << 16, 2, 1, 32))).isEqualTo(EXPECTED);
    }

    @Test
    void nativeEqualsPureJavaAtTheKeySlotParametersAndOthers() {
        SecureRandom random = new SecureRandom();
        int[][] parameters = {{KeyWrapping.MEMORY_KIB, KeyWrapping.ITERATIONS, KeyWrapping.PARALLELISM},
                {64, 1, 1}, {1024, 3, 2}, {4096, 2, 4}};
        for (int[] p : parameters) {
            for (int passwordLength : new int[] {0, 1, 24, 100}) {
                byte[] pw = new byte[passwordLength];
                byte[] salt = new byte[16];
                random.nextBytes(pw);
                random.nextBytes(salt);
                assertThat(NativeArgon2.hash(pw, salt, p[0], p[1], p[2], 32))
                        .as("m=%d t=%d p=%d, %d-byte password", p[0], p[1], p[2], passwordLength)
                        .isEqualTo(Argon2id.pureJava(pw, salt, p[0], p[1], p[2], 32));
            }
        }
    }

    @Test
    void aSlotWrappedWithOneImplementationOpensWithTheOther() {
        KeyWrapping wrapping = new KeyWrapping(new SecureRandom());
        char[] password = "Correct-Horse-Battery-77 é".toCharArray();
        try (FileKey key = FileKey.random(new SecureRandom())) {
            KeySlot slot = wrapping.wrap("ada", password, key); // derived natively here
            byte[] javaKek = Argon2id.pureJava(new String(password).getBytes(StandardCharsets.UTF_8),
                    java.util.Base64.getDecoder().decode(slot.salt()), slot.memoryKiB(), slot.iterations(),
                    slot.parallelism(), 32);
            byte[] nativeKek = KeyWrapping.derive(password, java.util.Base64.getDecoder().decode(slot.salt()),
                    slot.memoryKiB(), slot.iterations(), slot.parallelism());
            assertThat(nativeKek).isEqualTo(javaKek);
            Optional<FileKey> opened = wrapping.unwrap(slot, password);
            assertThat(opened).isPresent();
            assertThat(opened.get().bytes()).isEqualTo(key.bytes());
        }
    }
}
