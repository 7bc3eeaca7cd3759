package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The installation's key pairs and their text form: Ed25519 signs packages, X25519 receives parts
 * encrypted to headquarters. Public keys travel as Base64 X.509, private keys are stored (in the
 * encrypted database) as Base64 PKCS#8.
 */
public final class KeyCodec {
    public static final String SIGNING = "Ed25519";
    public static final String AGREEMENT = "X25519";

    private KeyCodec() {
    }

    public static KeyPair newSigningPair() {
        return generate(SIGNING);
    }

    public static KeyPair newAgreementPair() {
        return generate(AGREEMENT);
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK 17", e);
        }
    }

    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws PackageRejectedException when the text is not a {@code algorithm} public key */
    public static PublicKey decodePublic(String base64, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PackageRejectedException("The text is not an " + algorithm + " public key.", e);
        }
    }

    public static PrivateKey decodePrivate(String base64, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PackageRejectedException("The stored " + algorithm + " private key is damaged.", e);
        }
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("no key");
        }
        return Base64.getDecoder().decode(base64.strip());
    }

    /** A short, human-comparable fingerprint: the first 16 bytes of SHA-256 over the encoded key, in hex groups. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            String hex = HexFormat.of().formatHex(d, 0, 16);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(hex, i, i + 4);
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
