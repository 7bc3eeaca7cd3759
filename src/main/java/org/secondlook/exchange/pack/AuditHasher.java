package org.secondlook.exchange.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How one audit event's hash is computed from the previous hash and its canonical text. Must be the
 * very function the store's chain writer uses; {@link #SHA256_HEX_CONCAT} is
 * {@code hex(SHA-256(UTF-8(previousHashHex + canonical)))}.
 */
@FunctionalInterface
public interface AuditHasher {
    AuditHasher SHA256_HEX_CONCAT = (prev, canonical) -> {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest((prev + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    };

    String hash(String previousHash, String canonical);
}
