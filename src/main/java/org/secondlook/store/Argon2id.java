package org.secondlook.store;

import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id, version 1.3 (RFC 9106), with no secret and no associated data: the reference C library
 * ({@code libargon2}, {@link NativeArgon2}) where the system has it, else Bouncy Castle's pure-Java
 * implementation. Both compute the same function: the same parameters give the same bytes
 * ({@code Argon2idTest} checks them against each other and a published vector). The native one is
 * chosen for speed only: a cold JVM runs Bouncy Castle's loop interpreted for most of a second.
 */
public final class Argon2id {
    private Argon2id() {
    }

    /** {@code length} bytes of Argon2id over {@code password} and {@code salt}. */
    public static byte[] hash(byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        if (NativeArgon2.available()) {
            return NativeArgon2.hash(password, salt, memoryKiB, iterations, parallelism, length);
        }
        return pureJava(password, salt, memoryKiB, iterations, parallelism, length);
    }

    /** Bouncy Castle's implementation (the fallback, and the reference the native one is tested against). */
    static byte[] pureJava(byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        gen.generateBytes(password, out);
        return out;
    }

    /** Which implementation {@link #hash} uses here, for the log and the tests. */
    public static String implementation() {
        return NativeArgon2.available() ? "libargon2 (native)" : "Bouncy Castle (pure Java)";
    }

    static void wipe(byte[] b) {
        Arrays.fill(b, (byte) 0);
    }
}
