package org.secondlook.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps and unwraps the file key: Argon2id (RFC 9106 second recommendation: m = 19 MiB, t = 2,
 * p = 1) derives a key-encryption key from the password; AES-256-GCM wraps the file key with the
 * account name as associated data. A GCM tag failure means the password was wrong. Argon2id is computed by
 * {@link Argon2id}: the native reference library where installed, else in Java, with the same result.
 */
public final class KeyWrapping {
    public static final String ARGON2ID = "argon2id";
    /** A password hash (a shared server): Argon2id's output itself, with its salt and parameters. */
    public static final String ARGON2ID_HASH = "argon2id-hash";
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;

    private final SecureRandom random;

    public KeyWrapping(SecureRandom random) {
        this.random = random;
    }

    /** A fresh slot for {@code account} holding {@code fileKey} under {@code password}. */
    public KeySlot wrap(String account, char[] password, FileKey fileKey) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] kek = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        byte[] plain = fileKey.bytes();
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, kek, nonce, account);
            byte[] wrapped = c.doFinal(plain);
            Base64.Encoder b64 = Base64.getEncoder();
            return new KeySlot(account, ARGON2ID, MEMORY_KIB, ITERATIONS, PARALLELISM,
                    b64.encodeToString(salt), b64.encodeToString(nonce), b64.encodeToString(wrapped), 0, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The file key, or empty when the password does not open this slot. */
    public Optional<FileKey> unwrap(KeySlot slot, char[] password) {
        if (!ARGON2ID.equals(slot.kdf())) {
            throw new IllegalStateException("Unknown key derivation '" + slot.kdf() + "' in the key-slot file.");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] kek = derive(password, b64.decode(slot.salt()), slot.memoryKiB(), slot.iterations(), slot.parallelism());
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, kek, b64.decode(slot.nonce()), slot.account());
            byte[] plain = c.doFinal(b64.decode(slot.wrappedKey()));
            try {
                return Optional.of(new FileKey(plain));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException wrongPassword) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * A password hash for {@code account} (a shared server, where there is no file key to wrap): Argon2id with
     * the same parameters as a key slot, a fresh salt, the 32-byte result in {@link KeySlot#wrappedKey()}.
     */
    public KeySlot hash(String account, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] h = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        try {
            Base64.Encoder b64 = Base64.getEncoder();
            return new KeySlot(account, ARGON2ID_HASH, MEMORY_KIB, ITERATIONS, PARALLELISM, b64.encodeToString(salt), null,
                    b64.encodeToString(h), 0, null);
        } finally {
            Arrays.fill(h, (byte) 0);
        }
    }

    /**
     * Whether {@code password} is this account's: a hash ({@link #hash}) is derived again and compared in
     * constant time; a key slot (moved from an office's file) is right when it unwraps.
     */
    public boolean matches(KeySlot slot, char[] password) {
        if (ARGON2ID.equals(slot.kdf())) {
            Optional<FileKey> key = unwrap(slot, password);
            key.ifPresent(FileKey::close);
            return key.isPresent();
        }
        if (!ARGON2ID_HASH.equals(slot.kdf())) {
            throw new IllegalStateException("Unknown password hash '" + slot.kdf() + "'.");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] h = derive(password, b64.decode(slot.salt()), slot.memoryKiB(), slot.iterations(), slot.parallelism());
        byte[] stored = b64.decode(slot.wrappedKey());
        try {
            return java.security.MessageDigest.isEqual(h, stored);
        } finally {
            Arrays.fill(h, (byte) 0);
            Arrays.fill(stored, (byte) 0);
        }
    }

    /** Spends the same work as an unwrap, so that an unknown account name takes as long as a wrong password. */
    public void burn(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        Arrays.fill(derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM), (byte) 0);
    }

    /** The slot with one more failed login recorded at {@code at} (ISO-8601). */
    public static KeySlot failed(KeySlot slot, String at) {
        return slot.withFailure(at);
    }

    /** The slot with its failed-login count cleared. */
    public static KeySlot cleared(KeySlot slot) {
        return slot.withFailuresCleared();
    }

    private static Cipher cipher(int mode, byte[] kek, byte[] nonce, String account) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(account.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    static byte[] derive(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        byte[] pw = utf8(password);
        try {
            return Argon2id.hash(pw, salt, memoryKiB, iterations, parallelism, 32);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        if (bb.hasArray()) {
            Arrays.fill(bb.array(), (byte) 0);
        }
        return out;
    }
}
