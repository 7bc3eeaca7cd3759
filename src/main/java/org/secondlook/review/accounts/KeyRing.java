package org.secondlook.review.accounts;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The installation's keys, kept in the encrypted database: its Ed25519 signing pair (packages),
 * its X25519 pair (parts encrypted to it when it is headquarters), the headquarters key its
 * packages are encrypted to, and the offices it trusts. Key pairs are created on first use.
 */
public interface KeyRing {
    /** Admin or supervisor (exporting). */
    KeyPair signingKeys();

    /** Admin or supervisor (merging at headquarters). */
    KeyPair agreementKeys();

    /** The installation's two public keys (admin or supervisor). */
    default PublicKey[] publicKeys() {
        return new PublicKey[] {signingKeys().getPublic(), agreementKeys().getPublic()};
    }

    Optional<PublicKey> headquartersKey();

    /** Admin only: packages from here are encrypted to this key from now on. */
    void registerHeadquarters(PublicKey encryptionKey, String fingerprint);

    /** Admin only: packages signed by {@code office} with this key are accepted here. */
    void trust(String office, PublicKey signingKey, String fingerprint);

    /** The trusted offices and the chain heads merged from them. */
    TrustedOffices trustedOffices();
}
