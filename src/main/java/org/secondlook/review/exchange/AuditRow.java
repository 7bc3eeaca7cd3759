package org.secondlook.review.exchange;

import java.time.Instant;

/** One audit event on the <em>Audit</em> sheet. */
public record AuditRow(long seq, Instant time, String actor, String type, String subject, String details,
                       String hash) {
}
