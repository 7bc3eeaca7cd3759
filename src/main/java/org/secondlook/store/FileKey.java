package org.secondlook.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key the database file is encrypted under. It is never stored in plain text:
 * key slots hold it wrapped. H2's two secrets — the file password (CIPHER=AES) and the database
 * user's password — are both derived from it with HMAC-SHA256 and distinct labels.
 */
public final class FileKey implements AutoCloseable {
    public static final int LENGTH = 32;
    private final byte[] key;

    public FileKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A file key has " + LENGTH + " bytes.");
        }
        this.key = key.clone();
    }

    public static FileKey random(SecureRandom random) {
        byte[] k = new byte[LENGTH];
        random.nextBytes(k);
        return new FileKey(k);
    }

    /** An independent copy (the session keeps one to write new key slots; each is closed on its own). */
    public FileKey copy() {
        return new FileKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** H2's password: {@code "<file password hex> <user password hex>"}. */
    char[] h2Password() {
        String both = derive("secondlook/h2-file") + " " + derive("secondlook/h2-user");
        return both.toCharArray();
    }

    /** The database user's own password (the part after the space). */
    String userPassword() {
        return derive("secondlook/h2-user");
    }

    private String derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
