package org.secondlook.exchange.pack;

import org.secondlook.review.exchange.ChainHead;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: what a package holds and from whom. Signed as the exact bytes written
 * ({@code manifest.sig}); readers ignore fields they do not know, so fields may only be added.
 *
 * @param office     the exporting office's name
 * @param createdAt  ISO-8601 instant
 * @param periodFrom ISO-8601 instant of the earliest audit event covered, or null
 * @param periodTo   ISO-8601 instant of the latest audit event covered, or null
 * @param counts     e.g. {@code cases}, {@code decisions}, {@code auditEvents}
 * @param auditHead  the head of the office's audit chain the package covers
 * @param signer     the office's Ed25519 public key (Base64 X.509)
 * @param recipient  fingerprint of the headquarters X25519 key the parts are encrypted to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(int format, String office, String createdAt, String periodFrom, String periodTo,
                       Map<String, Long> counts, List<Part> parts, ChainHead auditHead, String signer,
                       String recipient) {
    public static final int FORMAT = 1;
    public static final String FILE = "manifest.json";
    public static final String SIGNATURE_FILE = "manifest.sig";

    public Manifest {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public long count(String key) {
        Long n = counts.get(key);
        return n == null ? -1 : n;
    }

    /**
     * One stored part.
     *
     * @param sha256     hex SHA-256 of the bytes stored in the zip (after compression and encryption)
     * @param size       number of those bytes
     * @param encrypted  sealed to headquarters' key ({@link PartCipher})
     * @param gzip       gzip-compressed before encryption
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String name, String sha256, long size, boolean encrypted, boolean gzip) {
    }
}
