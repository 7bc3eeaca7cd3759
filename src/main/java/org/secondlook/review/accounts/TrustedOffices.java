package org.secondlook.review.accounts;

import java.security.PublicKey;
import java.util.Optional;
import org.secondlook.review.exchange.ChainHead;

/**
 * What headquarters knows about the offices it merges from: each trusted office's Ed25519 key
 * ({@code offices trust NAME --public-key FILE}) and the audit chain head last merged from it.
 * Implemented over the database's settings.
 */
public interface TrustedOffices {
    Optional<PublicKey> signingKey(String office);

    /** The chain head merged last from {@code office}, or empty before its first merge. */
    Optional<ChainHead> lastMergedHead(String office);
}
