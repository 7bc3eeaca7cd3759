package org.secondlook.review.audit;

/**
 * The outcome of walking the audit chain: events seen and, when broken, the first broken event
 * and what is wrong with it.
 */
public record AuditCheck(long events, Long firstBrokenSeq, String problem) {
    public boolean ok() {
        return problem == null;
    }
}
