package org.secondlook.review.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.secondlook.domain.AuditEvent;

/** One audit event as a line of the package's audit part, exactly as stored (hashes included). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecord(long seq, String occurredAt, String actor, String type, String subject, String details,
                          String prevHash, String hash) {

    public static AuditRecord of(AuditEvent e) {
        return new AuditRecord(e.getSeq(), e.getOccurredAt().toString(), e.getActor(), e.getType(), e.getSubject(),
                e.getDetails(), e.getPrevHash(), e.getHash());
    }

    public Instant occurredAtInstant() {
        return Instant.parse(occurredAt);
    }

    /** The canonical text that is hashed, as {@link AuditEvent#canonical(long, Instant, String, String, String, String)}. */
    public String canonical() {
        return AuditEvent.canonical(seq, occurredAtInstant(), actor, type, subject, details);
    }
}
