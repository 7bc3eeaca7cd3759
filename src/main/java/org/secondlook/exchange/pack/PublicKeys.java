package org.secondlook.exchange.pack;

import java.security.PublicKey;

/**
 * An installation's public keys, as {@code keys export-public} writes them: the Ed25519 key its
 * packages are signed with and the X25519 key parts are encrypted to (used when it is headquarters).
 */
public record PublicKeys(String office, PublicKey signing, PublicKey encryption) {
    public String signingFingerprint() {
        return KeyCodec.fingerprint(signing);
    }

    public String encryptionFingerprint() {
        return KeyCodec.fingerprint(encryption);
    }
}
